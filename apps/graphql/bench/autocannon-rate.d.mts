import type { LoadOptions, LoadResult } from './load-result.js';

export function autocannonRate(o: LoadOptions & { connections?: number }): Promise<LoadResult>;
