import { parseToken, readLogRef } from './auth.wire';

describe('Help Scout token and error envelope', () => {
  it('reads a token response and refuses one without access_token', () => {
    expect(parseToken({ access_token: 'abc', token_type: 'bearer', expires_in: 172800 }).expires_in).toBe(172800);
    expect(() => parseToken({ token_type: 'bearer', expires_in: 10 })).toThrow(expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE' }));
  });

  it('reads logRef from the error envelope and ignores anything unsafe', () => {
    expect(readLogRef({ logRef: '64bb72b4-0a92-11e8-ba89-0ed5f89f718b', message: 'Bad request' })).toBe('64bb72b4-0a92-11e8-ba89-0ed5f89f718b');
    expect(readLogRef({ logRef: 'https://evil.example/?token=x' })).toBeUndefined();
    expect(readLogRef('oops')).toBeUndefined();
  });
});
