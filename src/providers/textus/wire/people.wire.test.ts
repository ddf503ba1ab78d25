import { ParleyError } from '../../../errors/parley-error';
import { seedConversation } from '../simulator/seed';
import { parseUser } from './people.wire';

function failure(parse: () => unknown): ParleyError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
  throw new Error('expected the parser to fail');
}

describe('TextUs people parsers', () => {
  it('refuses a user whose id is not a /users/<slug> path', () => {
    expect(failure(() => parseUser({ ...seedUser(), id: '/users/a/b' })).code).toBe('PROVIDER_BAD_RESPONSE');
  });
});

function seedUser(): Record<string, unknown> {
  const participants = seedConversation()['participants'] as { members: Record<string, unknown>[] };
  return { ...participants.members[0] };
}
