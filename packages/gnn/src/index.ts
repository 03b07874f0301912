export { GnnError } from './errors.js';
export type { GnnErrorCode } from './errors.js';

export type { CsrAdjacency, GraphData, SparseMatrix } from './graph/graph-data.js';
export { numEdges } from './graph/graph-data.js';
export { validateGraph } from './graph/validate-graph.js';
export { cooToCsr, transposeCsr } from './graph/csr.js';
export type { CooEdgeData } from './graph/csr.js';
export { addSelfLoops } from './graph/add-self-loops.js';
export { gcnPropagation, meanPropagation } from './graph/propagation.js';
export type { Propagation } from './graph/propagation.js';

export { propagate } from './ops/propagate.js';
export { sparseDenseMatmul } from './kernels/spmm-js.js';
export { GcnConv } from './nn/gcn-conv.js';
export type { GcnConvArgs } from './nn/gcn-conv.js';
export { SageConv } from './nn/sage-conv.js';
export type { SageConvArgs } from './nn/sage-conv.js';
export type { ConvKwargs, InitializerName } from './nn/layer-support.js';

export { initParams, paramSpecs, resolveConfig } from './models/gnn-config.js';
export type { GnnConfig, GnnKind, GnnParams, ParamSpec } from './models/gnn-config.js';
export { GnnModel, propagationFor } from './models/gnn-model.js';
export type { GnnConfigInput } from './models/gnn-model.js';
export { buildTfGnn } from './models/tf-forward.js';
export type { TfGnn } from './models/tf-forward.js';
export { FusedGnn } from './engine/fused-gnn.js';
export type { EngineOptions } from './engine/fused-gnn.js';

export { fit } from './train/fit.js';
export type { FitHistory, FitOptions, FitProgress } from './train/fit.js';
export { adamStep, DEFAULT_ADAM } from './train/adam.js';
export type { AdamOptions } from './train/adam.js';

export { selectBackend } from './backend/select-backend.js';
export type { BackendChoice, SelectBackendOptions } from './backend/select-backend.js';

export { ARTIFACT_FORMAT, fromArtifacts, loadModel, saveModel, toArtifacts } from './io/model-artifacts.js';
export type { ModelMetadata } from './io/model-artifacts.js';
export { directoryHandler } from './io/directory-handler.js';

export { Standardizer, flattenTargetErrors, maeRmsePerTarget, repeatRuns, repeatRunsAsync } from './eval/index.js';
export type { StandardizerJson, TargetError, MeanSd, RunMetrics } from './eval/index.js';
export { MlpRegressor, LstmRegressor, gatherSequences, sequencesFromNext } from './baselines/index.js';
export type { MlpConfig, LstmConfig, SequenceBatch, BaselineFitOptions, BaselineHistory } from './baselines/index.js';
export { efficiencyGap, exactShapley, kernelShap, shapleyCoalitions, nodePredictFn, nodePredictFnFromGraph, globalShapRanking, sampleBackground, sampleNodes, topReasons } from './explain/index.js';
export type { KernelShapOptions, PredictFn, ShapExplanation, Coalitions, FeatureImportance, Reason, TopReasonsOptions } from './explain/index.js';
export { cosineDistance, madByHops, meanAverageDistance, DeepGnn, sgcFeatures, oversmoothingStudy } from './study/index.js';
export type { MadByHops, MadOptions, Activation, DeepGnnConfig, DeepKind, OversmoothingOptions, OversmoothingRow } from './study/index.js';
