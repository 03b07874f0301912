import type { LoadOptions, LoadResult } from './load-result.js';

export function graphqlBodyHasErrors(body: string | Buffer): boolean;
export function steadyRate(o: LoadOptions & { maxSockets?: number }): Promise<LoadResult>;
