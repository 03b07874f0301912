export { Standardizer } from './standardizer.js';
export type { StandardizerJson } from './standardizer.js';
export { flattenTargetErrors, maeRmsePerTarget } from './metrics.js';
export type { TargetError } from './metrics.js';
export { repeatRuns, repeatRunsAsync } from './repeat-runs.js';
export type { MeanSd, RunMetrics } from './repeat-runs.js';
