import { formatGlobalId } from '../../ids/global-id';
import { ParticipantRole, Provider } from '../../schema/enums';
import type { JsonObject, JsonValue } from '../shared/json';
import {
  MailPerformanceAction, MailPerformanceActionContent, MailPerformanceActionHeaders, MailPerformanceActionInformations,
  MailPerformanceSender,
} from './mailperformance-action.type';
import {
  MailPerformanceRedList, MailPerformanceRedListEntry, MailPerformanceTarget, MailPerformanceTargetBounce,
} from './mailperformance-target.type';
import type { TargetFieldMap } from './mailperformance.config';
import { SLUG } from './mailperformance.links';
import type { Parsed } from '../shared/wire';
import type { WireAction, WireTarget } from './mailperformance.wire';

type Loose = string | number | null | undefined;
/** Ids and timestamps MailPerformance may send as numbers or strings, exposed as text. */
const text = (value: Loose): string | null => (value === null || value === undefined ? null : String(value));

/** A target field as display text: strings trimmed, numbers as written, anything else null. */
function fieldText(fields: JsonObject, fieldId: string | undefined): string | null {
  const value: JsonValue | undefined = fieldId === undefined ? undefined : fields[fieldId];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

type WireRedListEntry = { timestamp?: Loose; reason?: string | null } | null | undefined;

function redListEntry(entry: WireRedListEntry): MailPerformanceRedListEntry | null {
  if (!entry) return null;
  return Object.assign(new MailPerformanceRedListEntry(), { timestamp: text(entry.timestamp), reason: entry.reason ?? null });
}

function redList(wire: WireTarget['redList']): MailPerformanceRedList | null {
  const mail = redListEntry(wire?.mail);
  const sms = redListEntry(wire?.sms);
  return mail || sms ? Object.assign(new MailPerformanceRedList(), { mail, sms }) : null;
}

function bounce(entry: NonNullable<WireTarget['bounce']>[number]): MailPerformanceTargetBounce {
  return Object.assign(new MailPerformanceTargetBounce(), {
    field: text(entry.field), type: entry.type ?? null, timestamp: text(entry.timestamp), reason: entry.reason ?? null,
  });
}

/**
 * Maps `GET /targets/{id}`. Email, phone and names come from the field ids configured in
 * `MAILPERFORMANCE_TARGET_FIELDS`; a field the map does not name, or that is empty, is null.
 */
export function mapTarget(parsed: Parsed<WireTarget>, fieldMap: TargetFieldMap): MailPerformanceTarget {
  const { wire, raw } = parsed;
  const fields = wire.fields ?? {};
  const firstName = fieldText(fields, fieldMap.firstName);
  const lastName = fieldText(fields, fieldMap.lastName);
  const names = [firstName, lastName].filter((name) => name !== null);
  return Object.assign(new MailPerformanceTarget(), {
    id: formatGlobalId(SLUG, wire.id, 'target'),
    provider: Provider.MAIL_PERFORMANCE,
    nativeId: wire.id,
    role: ParticipantRole.CUSTOMER,
    displayName: names.length > 0 ? names.join(' ') : null,
    email: fieldText(fields, fieldMap.email),
    phone: fieldText(fields, fieldMap.phone),
    avatarUrl: null,
    raw,
    creationDate: wire.creationDate ?? null,
    lastUpdateDate: wire.lastUpdateDate ?? null,
    fields,
    firstName,
    lastName,
    bounce: (wire.bounce ?? []).map(bounce),
    redList: redList(wire.redList),
  });
}

function content(wire: WireAction['content']): MailPerformanceActionContent | null {
  if (!wire) return null;
  const from = wire.headers?.from;
  const headers = wire.headers
    ? Object.assign(new MailPerformanceActionHeaders(), {
        from: from ? Object.assign(new MailPerformanceSender(), { prefix: from.prefix ?? null, domain: from.domain ?? null, label: from.label ?? null }) : null,
        reply: wire.headers.reply ?? null,
      })
    : null;
  return Object.assign(new MailPerformanceActionContent(), {
    headers, subject: wire.subject ?? null, html: wire.html ?? null, text: wire.text ?? null,
  });
}

function informations(wire: WireAction['informations']): MailPerformanceActionInformations | null {
  if (!wire) return null;
  return Object.assign(new MailPerformanceActionInformations(), {
    folder: text(wire.folder), category: text(wire.category), state: wire.state ?? null,
  });
}

/** Maps `GET /actions/{id}`; settings and scheduler are free-form upstream and stay JSON. */
export function mapAction(parsed: Parsed<WireAction>): MailPerformanceAction {
  const { wire, raw } = parsed;
  return Object.assign(new MailPerformanceAction(), {
    id: formatGlobalId(SLUG, wire.id, 'action'),
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
