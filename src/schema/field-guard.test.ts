import { buildSchema, graphql } from 'graphql';
import { ParleyError } from '../errors/parley-error';
import { ErrorCode } from '../errors/error-codes';
import { attachDefects } from '../kit/defects';
import { guardFields } from './field-guard';

const schema = guardFields(
  buildSchema(`
    type Customer { name: String email: String }
    type Conversation { id: ID! status: String! subject: String channel: String customer: Customer }
    type Query { conversation: Conversation }
  `),
);

function conversation(): object {
  const customer = attachDefects({ name: 'Ada', email: null }, { provider: 'example', reasons: { email: 'customer.email: expected a string' } });
  return attachDefects(
    { id: 'c1', status: 'UNKNOWN', subject: null, customer },
    {
      provider: 'example',
      reasons: { subject: 'conversation.subject: expected a string', status: 'conversation.status: expected a string' },
      errors: { channel: new ParleyError(ErrorCode.RATE_LIMITED, 'example is rate limiting', { provider: 'example', retryAfter: 30 }) },
    },
  );
}

async function run(query: string) {
  return JSON.parse(JSON.stringify(await graphql({ schema, source: query, rootValue: { conversation } }))) as {
    data: unknown;
    errors?: { message: string; path: string[]; extensions: Record<string, unknown> }[];
  };
}

describe('guardFields', () => {
  it('reports an unreadable part only at the field that shows it, when a query selects that field', async () => {
    const result = await run('{ conversation { id subject customer { name email } } }');
    expect(result.data).toEqual({ conversation: { id: 'c1', subject: null, customer: { name: 'Ada', email: null } } });
    expect(result.errors).toEqual([
      {
        message: 'example answered with data Parley cannot read: conversation.subject: expected a string',
        locations: expect.any(Array) as unknown,
        path: ['conversation', 'subject'],
        extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'example' },
      },
      {
        message: 'example answered with data Parley cannot read: customer.email: expected a string',
        locations: expect.any(Array) as unknown,
        path: ['conversation', 'customer', 'email'],
        extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'example' },
      },
    ]);
  });

  it('reports nothing when the query does not select the unreadable fields', async () => {
    const result = await run('{ conversation { id customer { name } } }');
    expect(result).toEqual({ data: { conversation: { id: 'c1', customer: { name: 'Ada' } } } });
  });

  it('raises the error of a failed fetch a field needed with its own code and details', async () => {
    const result = await run('{ conversation { id channel } }');
    expect(result.data).toEqual({ conversation: { id: 'c1', channel: null } });
    expect(result.errors).toEqual([
      { message: 'example is rate limiting', locations: expect.any(Array) as unknown, path: ['conversation', 'channel'], extensions: { code: 'RATE_LIMITED', provider: 'example', retryAfter: 30 } },
    ]);
  });

  it('never raises a defect at a non-null field, where the error would null the whole parent', async () => {
    const result = await run('{ conversation { id status } }');
    expect(result).toEqual({ data: { conversation: { id: 'c1', status: 'UNKNOWN' } } });
  });

  it('keeps defects out of JSON renderings of the object (they are symbol-keyed)', () => {
    expect(JSON.stringify(conversation())).toBe('{"id":"c1","status":"UNKNOWN","subject":null,"customer":{"name":"Ada","email":null}}');
  });
});
