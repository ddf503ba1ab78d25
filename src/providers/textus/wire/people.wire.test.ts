import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { parseAssignments, parseUser } from './people.wire';

describe('TextUs people parsers', () => {
  it('refuses a user whose id is not a /users/<slug> path', () => {
    const error = failureOf(() => parseUser({ ...seedUser(), id: '/users/a/b' }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toContain('user.id: expected an id like /users/<slug>');
  });

  it('leaves a user field of the wrong type out and records it', () => {
    const read = parseUser({ ...seedUser(), automatedActor: 'no' });
    expect(read.wire.automatedActor).toBeUndefined();
    expect(read.defects.messages).toEqual(['user.automatedActor: Invalid input: expected boolean, received string']);
  });

  it('reads an assignments collection of ConversationAssignments, users and links', () => {
    const { wire } = parseAssignments({
      '@type': 'hydra:Collection', id: '/conversations/kY1QwY/assignments', totalItems: 3,
      members: [{ '@type': 'ConversationAssignment', id: '/assignments/aB6MA91', assignee: seedUser(), assigner: '/users/wqyODPA' }, seedUser(), '/users/hikvlD'],
    });
    expect(wire.members).toHaveLength(3);
  });
});

function seedUser(): Record<string, unknown> {
  const participants = seedConversation()['participants'] as { members: Record<string, unknown>[] };
  return { ...participants.members[0] };
}
