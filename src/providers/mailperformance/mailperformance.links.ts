import type { Context } from '../../context';
import type { ProviderIO, ProviderSlug } from '../adapter';
import type { MailPerformanceAction } from './mailperformance-action.type';
import type { MailPerformanceTarget } from './mailperformance-target.type';

/** Prefix of every MailPerformance global id. */
export const SLUG = 'mailperformance' satisfies ProviderSlug;

/**
 * How the GraphQL types follow MailPerformance's id links (`target`, `actionId`). The client
 * implements it and the mapper hands it to each instance, so the types never build a path and
 * the import graph stays one-way (client → mapper → types).
 */
export interface MailPerformanceLinks {
  /** `GET /targets/{id}` through the request's loader: fetched at most once per operation. */
  target(targetId: string, io: ProviderIO): Promise<MailPerformanceTarget>;
  /** `GET /actions/{id}` through the request's loader: shared with the `subject` lookahead. */
  action(actionId: string, io: ProviderIO): Promise<MailPerformanceAction>;
}

/** The request's MailPerformance IO, for lazy fields that only receive the GraphQL context. */
export function ioOf(ctx: Context): ProviderIO {
  return ctx.loaders.io(ctx.gateway.get(SLUG));
}
