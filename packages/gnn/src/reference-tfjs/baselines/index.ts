export { MlpRegressor } from './mlp.js';
export type { MlpConfig } from './mlp.js';
export { LstmRegressor } from './lstm.js';
export type { LstmConfig } from './lstm.js';
export { gatherSequences, sequencesFromNext } from './sequences.js';
export type { SequenceBatch } from './sequences.js';
export type { BaselineFitOptions, BaselineHistory } from './tf-train.js';
