export { efficiencyGap, exactShapley, kernelShap } from './kernel-shap.js';
export type { KernelShapOptions, PredictFn, ShapExplanation } from './kernel-shap.js';
export { shapleyCoalitions } from './coalitions.js';
export type { Coalitions } from './coalitions.js';
export { nodePredictFn, nodePredictFnFromGraph } from './node-predict.js';
export { globalShapRanking, sampleBackground, sampleNodes, topReasons } from './reasons.js';
export type { FeatureImportance, Reason, TopReasonsOptions } from './reasons.js';
