import { build } from '../../../src/kit/build';
import { mapValue, type Parsed } from '../../../src/kit/wire';
import { ParticipantRole } from '../../../src/schema/enums';
import { nodeId } from '../api/keys';
import { ExampleParticipant } from '../graphql/participant.type';
import { EXAMPLE } from '../identity';
import type { ExampleParticipantWire } from '../wire/conversation.wire';

const ROLES: Readonly<Record<string, ParticipantRole>> = { customer: ParticipantRole.CUSTOMER, agent: ParticipantRole.AGENT };

export function toParticipant({ wire, raw }: Parsed<ExampleParticipantWire>, conversationKey: string): ExampleParticipant {
  return build(ExampleParticipant, {
    id: nodeId('participant', { conversationKey, itemId: wire.id }),
    provider: EXAMPLE.name,
    nativeId: wire.id,
    role: mapValue(wire.role, ROLES, ParticipantRole.UNKNOWN),
    rawRole: wire.role,
    displayName: wire.name,
    email: wire.email,
    phone: null,
    avatarUrl: null,
    raw,
  });
}
