export { cosineDistance, madByHops, meanAverageDistance } from './mad.js';
export type { MadByHops, MadOptions } from './mad.js';
export { sgcFeatures } from './sgc.js';
export { DeepGnn } from '../reference-tfjs/deep-gnn.js';
export type { Activation, DeepGnnConfig, DeepKind } from '../reference-tfjs/deep-gnn.js';
export { oversmoothingStudy } from './oversmoothing-study.js';
export type { OversmoothingOptions, OversmoothingRow } from './oversmoothing-study.js';
