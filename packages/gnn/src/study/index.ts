export { cosineDistance, madByHops, meanAverageDistance } from './mad.js';
export type { MadByHops, MadOptions } from './mad.js';
export { DeepGnn, sgcFeatures } from './deep-gnn.js';
export type { Activation, DeepGnnConfig, DeepKind } from './deep-gnn.js';
export { oversmoothingStudy } from './oversmoothing-study.js';
export type { OversmoothingOptions, OversmoothingRow } from './oversmoothing-study.js';
