/** One preloaded GraphiQL tab: an example operation and demo variables (JSON text). */
export interface IdeTab {
  query: string;
  variables?: string;
}

/** Everything on the page comes from Parley's origin: no CDN, no inline script, no inline style. */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // GraphiQL's stylesheet embeds its fonts and icons as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Starts GraphiQL once the UMD bundles have defined their globals. Kept to syntax every browser
 * GraphiQL 3 supports, since it is sent as written. The endpoint is the page's own URL: the page
 * is served by `GET /graphql`, also behind a proxy that adds a path prefix.
 */
export const IDE_INIT_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('parley-ide-config').textContent);
  // GraphiQL 3.8 fills the first tab's variables editor from storage, not from the tab itself:
  // on a first visit (no saved tabs) seed storage with the first example's variables.
  try {
    var first = config.tabs[0];
    if (first && first.variables && localStorage.getItem('graphiql:tabState') === null) {
      localStorage.setItem('graphiql:variables', first.variables);
    }
  } catch (e) {
    // Storage disabled: the examples still load, the first one without its variables.
  }
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + window.location.pathname });
  var explorer = GraphiQLPluginExplorer.explorerPlugin();
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      plugins: [explorer],
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false
    })
  );
})();
`;

export const IDE_STYLES = `html, body, #graphiql { height: 100%; margin: 0; }
#graphiql > .parley-ide-loading { font-family: system-ui, sans-serif; padding: 2rem; color: #555; }
`;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The IDE page. Asset URLs are relative (`ide/…` from `/graphql`), so a path prefix added by a
 * proxy keeps working. The tabs travel as a JSON data block, which CSP does not execute; `<` is
 * escaped so an operation's text can never close the block.
 */
export function renderIdePage(input: { title: string; scripts: readonly string[]; styles: readonly string[]; tabs: readonly IdeTab[] }): string {
  const config = JSON.stringify({ tabs: input.tabs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<link rel="icon" href="data:,">
${input.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body>
<div id="graphiql"><p class="parley-ide-loading">Loading GraphiQL…</p></div>
<script type="application/json" id="parley-ide-config">${config}</script>
${input.scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n')}
</body>
</html>
`;
}
