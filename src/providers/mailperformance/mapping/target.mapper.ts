import { build } from '../../../kit/build';
import type { Defects } from '../../../kit/defects';
import type { JsonObject, JsonValue } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { formatGlobalId } from '../../../ids/global-id';
import { ParticipantRole } from '../../../schema/enums';
import {
  MailPerformanceRedList, MailPerformanceRedListEntry, MailPerformanceTarget, MailPerformanceTargetBounce,
} from '../graphql/target.type';
import { MAILPERFORMANCE } from '../identity';
import type { TargetFieldMap, WireBounce, WireRedListEntry, WireTarget } from '../wire/target.wire';
import { looseRaw, looseText } from './text.mapper';

/** A target field as display text: strings trimmed, numbers as written, anything else null. */
function fieldText(fields: JsonObject, fieldId: string | undefined): string | null {
  const value: JsonValue | undefined = fieldId === undefined ? undefined : fields[fieldId];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

// Every field read from the target's `fields` map fails with it when the map is unreadable.
const FROM_FIELDS = ['email', 'phone', 'firstName', 'lastName', 'displayName'] as const;
const TARGET_SOURCES = Object.fromEntries(FROM_FIELDS.map((field) => [field, ['fields']]));
const REASON_SOURCES = { rawReason: ['reason'] } as const;
const BOUNCE_SOURCES = { rawField: ['field'], rawType: ['type'], rawReason: ['reason'] } as const;

function redListEntry(entry: WireRedListEntry | null | undefined, defects: Defects): MailPerformanceRedListEntry | null {
  if (!entry) return null;
  return build(MailPerformanceRedListEntry, {
    timestamp: entry.timestamp ?? null, reason: looseText(entry.reason), rawReason: looseRaw(entry.reason),
  }, defects.forFields(REASON_SOURCES));
}

/** Null when the target is on no list, unless a part of the list was unreadable: then it shows where. */
function redList(wire: WireTarget['redList'], defects: Defects): MailPerformanceRedList | null {
  const mail = redListEntry(wire?.mail, defects.under('mail'));
  const sms = redListEntry(wire?.sms, defects.under('sms'));
  if (!mail && !sms && defects.isEmpty) return null;
  return build(MailPerformanceRedList, { mail, sms }, defects.forFields({}, ['mail', 'sms']));
}

function bounce(entry: WireBounce, defects: Defects): MailPerformanceTargetBounce {
  return build(MailPerformanceTargetBounce, {
    field: looseText(entry.field), rawField: looseRaw(entry.field),
    type: looseText(entry.type), rawType: looseRaw(entry.type),
    timestamp: entry.timestamp ?? null,
    reason: looseText(entry.reason), rawReason: looseRaw(entry.reason),
  }, defects.forFields(BOUNCE_SOURCES));
}

/**
 * Maps `GET /targets/{id}`. Email, phone and names come from the field ids configured in
 * `MAILPERFORMANCE_TARGET_FIELDS`; a field the map does not name, or that is empty, is null.
 */
export function mapTarget(read: Tolerant<WireTarget>, fieldMap: TargetFieldMap): MailPerformanceTarget {
  const { wire, raw, defects } = read;
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
    fields: wire.fields ?? null,
    firstName,
    lastName,
    bounce: wire.bounce?.map((entry, i) => bounce(entry, defects.under('bounce', i))) ?? null,
    redList: redList(wire.redList, defects.under('redList')),
  }, defects.forFields(TARGET_SOURCES, ['bounce', 'redList']));
}
