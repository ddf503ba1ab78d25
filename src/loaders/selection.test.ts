import 'reflect-metadata';
import { buildSchema, graphql } from 'graphql';
import { OperationSelection } from './selection';

const schema = buildSchema(`
  interface Named { name: String messages: [String] }
  type Thing implements Named { name: String messages: [String] size: Int }
  type Other implements Named { name: String messages: [String] }
  type Query { thing: Named }
`);

async function selectionOf(source: string): Promise<OperationSelection> {
  let captured: OperationSelection | undefined;
  await graphql({
    schema, source,
    rootValue: { thing: (_a: unknown, _c: unknown, info: Parameters<typeof OperationSelection.from>[0]) => ((captured = OperationSelection.from(info)), null) },
  });
  if (!captured) throw new Error('resolver did not run');
  return captured;
}

describe('OperationSelection', () => {
  it('sees a field selected on an interface as selected on its implementations', async () => {
    const selection = await selectionOf('{ thing { messages } }');
    expect(selection.selects('Thing', 'messages')).toBe(true);
    expect(selection.selects('Thing', 'size')).toBe(false);
  });

  it('sees fields selected through named fragments and inline fragments', async () => {
    const selection = await selectionOf('{ thing { ...F } } fragment F on Named { ... on Thing { size } }');
    expect(selection.selects('Thing', 'size')).toBe(true);
    expect(selection.selects('Other', 'size')).toBe(false);
  });

  it('answers false for unknown types', async () => {
    expect((await selectionOf('{ thing { name } }')).selects('Nope', 'name')).toBe(false);
  });
});
