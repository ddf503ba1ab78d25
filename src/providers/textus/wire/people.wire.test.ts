import { failureOf } from '../../../../test/support/errors';
import { seedConversation } from '../simulator/seed';
import { parseUser } from './people.wire';

describe('TextUs people parsers', () => {
  it('refuses a user whose id is not a /users/<slug> path', () => {
    expect(failureOf(() => parseUser({ ...seedUser(), id: '/users/a/b' })).code).toBe('PROVIDER_BAD_RESPONSE');
  });
});

function seedUser(): Record<string, unknown> {
  const participants = seedConversation()['participants'] as { members: Record<string, unknown>[] };
  return { ...participants.members[0] };
}
