import { build } from '../../../kit/build';
import type { Parsed } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import {
  MailPerformanceAction, MailPerformanceActionContent, MailPerformanceActionHeaders, MailPerformanceActionInformations,
  MailPerformanceSender,
} from '../graphql/action.type';
import { MAILPERFORMANCE } from '../identity';
import type { WireAction } from '../wire/action.wire';
import { looseText } from './text.mapper';

function headers(wire: NonNullable<WireAction['content']>['headers']): MailPerformanceActionHeaders | null {
  if (!wire) return null;
  const from = wire.from;
  return build(MailPerformanceActionHeaders, {
    from: from ? build(MailPerformanceSender, { prefix: from.prefix ?? null, domain: from.domain ?? null, label: from.label ?? null }) : null,
    reply: wire.reply ?? null,
  });
}

function content(wire: WireAction['content']): MailPerformanceActionContent | null {
  if (!wire) return null;
  return build(MailPerformanceActionContent, {
    headers: headers(wire.headers), subject: wire.subject ?? null, html: wire.html ?? null, text: wire.text ?? null,
  });
}

function informations(wire: WireAction['informations']): MailPerformanceActionInformations | null {
  if (!wire) return null;
  return build(MailPerformanceActionInformations, {
    folder: looseText(wire.folder), category: looseText(wire.category), state: wire.state ?? null,
  });
}

/** Maps `GET /actions/{id}`; settings and scheduler are free-form upstream and stay JSON. */
export function mapAction(parsed: Parsed<WireAction>): MailPerformanceAction {
  const { wire, raw } = parsed;
  return build(MailPerformanceAction, {
    id: formatGlobalId(MAILPERFORMANCE.slug, wire.id, 'action'),
    nativeId: wire.id,
    type: wire.type,
    name: wire.name,
    description: wire.description ?? null,
    creationDate: wire.creationDate ?? null,
    informations: informations(wire.informations),
    settings: wire.settings ?? null,
    content: content(wire.content),
    scheduler: wire.scheduler ?? null,
    raw,
  });
}
