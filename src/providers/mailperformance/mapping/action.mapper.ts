import { build } from '../../../kit/build';
import type { Defects } from '../../../kit/defects';
import type { Tolerant } from '../../../kit/tolerant';
import { formatGlobalId } from '../../../ids/global-id';
import {
  MailPerformanceAction, MailPerformanceActionContent, MailPerformanceActionHeaders, MailPerformanceActionInformations,
  MailPerformanceSender,
} from '../graphql/action.type';
import { MAILPERFORMANCE } from '../identity';
import type { WireAction } from '../wire/action.wire';
import { looseText } from './text.mapper';

type WireContent = NonNullable<WireAction['content']>;

function headers(wire: WireContent['headers'], defects: Defects): MailPerformanceActionHeaders | null {
  if (!wire) return null;
  const { from, reply } = wire;
  return build(MailPerformanceActionHeaders, {
    from: from
      ? build(MailPerformanceSender, { prefix: from.prefix ?? null, domain: from.domain ?? null, label: from.label ?? null }, defects.under('from').forFields())
      : null,
    reply: reply?.address ?? null,
    rawReply: reply?.raw ?? null,
  }, defects.forFields({ rawReply: ['reply'] }, ['from']));
}

function content(wire: WireAction['content'], defects: Defects): MailPerformanceActionContent | null {
  if (!wire) return null;
  return build(MailPerformanceActionContent, {
    headers: headers(wire.headers, defects.under('headers')), subject: wire.subject ?? null, html: wire.html ?? null, text: wire.text ?? null,
  }, defects.forFields({}, ['headers']));
}

function informations(wire: WireAction['informations'], defects: Defects): MailPerformanceActionInformations | null {
  if (!wire) return null;
  return build(MailPerformanceActionInformations, {
    folder: looseText(wire.folder), category: looseText(wire.category), state: wire.state ?? null,
  }, defects.forFields());
}

/** Maps `GET /actions/{id}`; settings and scheduler are free-form upstream and stay JSON. */
export function mapAction(read: Tolerant<WireAction>): MailPerformanceAction {
  const { wire, raw, defects } = read;
  return build(MailPerformanceAction, {
    id: formatGlobalId(MAILPERFORMANCE.slug, wire.id, 'action'),
    nativeId: wire.id,
    type: wire.type ?? null,
    name: wire.name ?? null,
    description: wire.description ?? null,
    creationDate: wire.creationDate ?? null,
    informations: informations(wire.informations, defects.under('informations')),
    settings: wire.settings ?? null,
    content: content(wire.content, defects.under('content')),
    scheduler: wire.scheduler ?? null,
    raw,
  }, defects.forFields({}, ['informations', 'content']));
}
