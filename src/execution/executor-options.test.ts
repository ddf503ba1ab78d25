import { GraphQLInt, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { ConfigError } from '../config-error';
import { silentLogger } from '../logger';
import { readExecutor } from '../server/settings';
import { executionOptions } from './executor-options';

const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { one: { type: GraphQLInt, resolve: () => 1 } } }) });

describe('PARLEY_EXECUTOR', () => {
  it('defaults to graphql-js and accepts jit in any case', () => {
    expect(readExecutor({})).toBe('graphql-js');
    expect(readExecutor({ PARLEY_EXECUTOR: 'JIT' })).toBe('jit');
    expect(readExecutor({ PARLEY_EXECUTOR: 'graphql-js' })).toBe('graphql-js');
  });

  it('stops start-up on any other value, naming the variable', () => {
    expect(() => readExecutor({ PARLEY_EXECUTOR: 'fast' })).toThrow(new ConfigError('PARLEY_EXECUTOR', 'must be graphql-js or jit'));
    expect(() => readExecutor({ PARLEY_EXECUTOR: 'fast' })).toThrow('PARLEY_EXECUTOR: must be graphql-js or jit');
  });

  it('gives Apollo the schema itself for graphql-js, and a gateway (never both) for jit', () => {
    expect(executionOptions('graphql-js', schema, silentLogger)).toEqual({ schema });
    const jit = executionOptions('jit', schema, silentLogger);
    expect('schema' in jit).toBe(false);
    expect('gateway' in jit && typeof jit.gateway.load).toBe('function');
  });
});
