#!/usr/bin/env bash
# The Debian packages the tests drive for real: Chromium for the browser tests (test/browser,
# through playwright-core; nothing downloads a browser) and redis-server for the shared-cache and
# cluster tests (they start and stop their own on a free loopback port). npm runs this before
# `npm test` (the `pretest` script) and .ci/run runs it once, so the README's test command is all
# the set-up a fresh Debian machine needs. Installed only when missing; a test never skips.
set -euo pipefail

chromium="${PARLEY_CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test needs ${missing[*]}; this is not a Debian machine, so install them yourself" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "npm test needs Debian's ${missing[*]}: run 'apt-get install -y ${missing[*]}' as root" >&2
    exit 1
  fi
fi
echo "npm test: installing Debian's ${missing[*]} (once)" >&2
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
