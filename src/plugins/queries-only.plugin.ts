import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { Context } from '../context';
import { HttpErrorCode } from '../errors/http-error-codes';
import { withHttpStatus } from '../errors/parley-error';

/**
 * Parley is read-only and has no Subscription or Mutation root. graphql-js validates such an
 * operation without complaint (there is no root type to check fields against) and only fails
 * in execution, which Apollo answers 200 with a masked internal error; refuse it as the bad
 * request it is, before anything runs.
 */
export function queriesOnlyPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation }) {
          if (operation && operation.operation !== OperationTypeNode.QUERY) {
            const error = new GraphQLError(`Parley serves queries only: ${operation.operation} operations are not supported`, {
              extensions: { code: HttpErrorCode.BAD_REQUEST },
            });
            throw withHttpStatus(error, 400);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
