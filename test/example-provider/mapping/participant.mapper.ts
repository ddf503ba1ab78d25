import { build } from '../../../src/kit/build';
import { Defects } from '../../../src/kit/defects';
import { mapValue, type Parsed } from '../../../src/kit/wire';
import { ParticipantRole } from '../../../src/schema/enums';
import { nodeId } from '../api/keys';
import { ExampleParticipant } from '../graphql/participant.type';
import { EXAMPLE } from '../identity';
import type { ExampleParticipantWire } from '../wire/conversation.wire';

const ROLES: Readonly<Record<string, ParticipantRole>> = { customer: ParticipantRole.CUSTOMER, agent: ParticipantRole.AGENT };

export function toParticipant({ wire, raw }: Parsed<ExampleParticipantWire>, conversationKey: string, defects: Defects = Defects.none): ExampleParticipant {
  return build(ExampleParticipant, {
    id: nodeId('participant', { conversationKey, itemId: wire.id }),
    provider: EXAMPLE.name,
    nativeId: wire.id,
    role: mapValue(wire.role, ROLES, ParticipantRole.UNKNOWN),
    rawRole: wire.role ?? null,
    displayName: wire.name ?? null,
    email: wire.email ?? null,
    phone: null,
    avatarUrl: null,
    raw,
  }, defects.forFields({ rawRole: ['role'], displayName: ['name'] }));
}
