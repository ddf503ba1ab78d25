import { build } from '../../../kit/build';
import type { JsonObject, JsonValue } from '../../../kit/json';
import type { Parsed } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { ParticipantRole } from '../../../schema/enums';
import {
  MailPerformanceRedList, MailPerformanceRedListEntry, MailPerformanceTarget, MailPerformanceTargetBounce,
} from '../graphql/target.type';
import { MAILPERFORMANCE } from '../identity';
import type { TargetFieldMap, WireTarget } from '../wire/target.wire';
import { looseText, type LooseText } from './text.mapper';

/** A target field as display text: strings trimmed, numbers as written, anything else null. */
function fieldText(fields: JsonObject, fieldId: string | undefined): string | null {
  const value: JsonValue | undefined = fieldId === undefined ? undefined : fields[fieldId];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

type WireRedListEntry = { timestamp?: LooseText; reason?: string | null } | null | undefined;

function redListEntry(entry: WireRedListEntry): MailPerformanceRedListEntry | null {
  if (!entry) return null;
  return build(MailPerformanceRedListEntry, { timestamp: looseText(entry.timestamp), reason: entry.reason ?? null });
}

function redList(wire: WireTarget['redList']): MailPerformanceRedList | null {
  const mail = redListEntry(wire?.mail);
  const sms = redListEntry(wire?.sms);
  return mail || sms ? build(MailPerformanceRedList, { mail, sms }) : null;
}

function bounce(entry: NonNullable<WireTarget['bounce']>[number]): MailPerformanceTargetBounce {
  return build(MailPerformanceTargetBounce, {
    field: looseText(entry.field), type: entry.type ?? null, timestamp: looseText(entry.timestamp), reason: entry.reason ?? null,
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
  return build(MailPerformanceTarget, {
    id: formatGlobalId(MAILPERFORMANCE.slug, wire.id, 'target'),
    provider: MAILPERFORMANCE.name,
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
