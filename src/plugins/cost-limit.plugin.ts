import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode } from 'graphql';
import type { Context } from '../context';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError, withHttpStatus } from '../errors/parley-error';
import { estimateOperationCost, type CostOptions } from '../server/operation-cost';

export interface CostLimit {
  /** Most upstream requests one operation may be estimated to send. */
  maxCost: number;
  cost?: CostOptions;
}

export function operationTooExpensive(estimatedCost: number, maxCost: number): ParleyError {
  const error = new ParleyError(
    ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
    `This operation could send up to ${estimatedCost} upstream requests, more than this server's limit of ${maxCost}; ` +
      'ask for fewer ids or a smaller `first`, or split it into several operations',
    { estimatedCost, maxCost },
  );
  return withHttpStatus(error, 400);
}

/**
 * Refuses an operation whose estimated upstream requests exceed the limit, after validation
 * and before any resolver runs, so a refused operation sends nothing upstream. Variables are
 * coerced here the way execution will coerce them, so `ids` and `first` count the same whether
 * written inline or sent as variables.
 */
export function costLimitPlugin(limit: CostLimit): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables: execution answers BAD_USER_INPUT without running anything.
          if (coerced.errors) return Promise.resolve();
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const estimated = estimateOperationCost(schema, operation, fragments, coerced.coerced, limit.cost);
          if (estimated > limit.maxCost) throw operationTooExpensive(estimated, limit.maxCost);
          return Promise.resolve();
        },
      });
    },
  };
}
