import { checkAnswered } from './answered';

describe('TextUs answered-id check', () => {
  it('names the other id only when it has the shape of a TextUs id path, never arbitrary upstream text', () => {
    expect(() => checkAnswered('/users/wqyODPA', '/users/someOne', {}, 'user')).toThrow('asked for user wqyODPA, got /users/someOne');
    expect(() => checkAnswered('/users/wqyODPA', 'postgres://app:hunter2@db/x', {}, 'user')).toThrow(
      'textus answered with data Parley cannot read: asked for user wqyODPA, got an id that is not a TextUs id path',
    );
  });
});
