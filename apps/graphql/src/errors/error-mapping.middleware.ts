import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { isInternal, toGraphQLError } from './to-graphql-error.js';

/** Global type-graphql middleware: every resolver error leaves through `toGraphQLError`. */
export const errorMapping: MiddlewareFn<Context> = async ({ context, info }, next) => {
  try {
    return await next();
  } catch (error) {
    const mapped = toGraphQLError(error);
    const where = { operation: info.operation.name?.value ?? null, fieldName: info.fieldName, requestId: context.requestId };
    if (isInternal(mapped)) context.log.error({ ...where, err: error }, 'unexpected resolver error');
    else context.log.info({ ...where, code: mapped.extensions.code }, 'request refused');
    throw mapped;
  }
};
