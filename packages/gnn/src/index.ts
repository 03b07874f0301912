export { GnnError } from './errors.js';
export type { GnnErrorCode } from './errors.js';

export type { CsrAdjacency, GraphData, SparseMatrix } from './graph/graph-data.js';
export { numEdges, relationCount } from './graph/graph-data.js';
export { validateGraph } from './graph/validate-graph.js';
export { cooToCsr, transposeCsr } from './graph/csr.js';
export type { CooEdgeData } from './graph/csr.js';
export { addSelfLoops } from './graph/add-self-loops.js';
export { gcnPropagation, meanPropagation, relationMeanPropagation } from './graph/propagation.js';
export type { Propagation } from './graph/propagation.js';
export { sparseDenseMatmul } from './kernels/spmm-js.js';

// The model: GCN / GraphSAGE / relational GraphSAGE as configuration + parameters, trained and served by the fused WASM engine.
export { CONV_KINDS, convKind, layerKernels, neighKernels, propagationFor } from './models/conv-kind.js';
export type { ConvKind, GnnKind } from './models/conv-kind.js';
export { initParams, MAX_RELATIONS, paramSpecs, resolveConfig } from './models/gnn-config.js';
export type { GnnConfig, GnnParams, ParamSpec } from './models/gnn-config.js';
export { GnnModel } from './models/gnn-model.js';
export type { GnnConfigInput } from './models/gnn-model.js';
export { FusedGnn } from './engine/fused-gnn.js';
export type { EngineOptions } from './engine/fused-gnn.js';
export { fit } from './train/fit.js';
export type { FitHistory, FitOptions, FitProgress } from './train/fit.js';
export { maskedLoss, regressionLoss } from './train/loss.js';
export type { LossKind, LossSpec, RegressionLoss, TargetLayout } from './train/loss.js';
export { adamStep, DEFAULT_ADAM } from './train/adam.js';
export type { AdamOptions } from './train/adam.js';
export { ARTIFACT_FORMAT, fromArtifacts, loadModel, saveModel, toArtifacts } from './io/model-artifacts.js';
export type { ModelMetadata } from './io/model-artifacts.js';
export { directoryHandler } from './io/directory-handler.js';

export { Standardizer, flattenTargetErrors, maeRmsePerTarget, repeatRuns, repeatRunsAsync } from './eval/index.js';
export type { StandardizerJson, TargetError, MeanSd, RunMetrics } from './eval/index.js';
export {
  efficiencyGap,
  exactShapley,
  kernelShap,
  shapleyCoalitions,
  nodePredictFn,
  nodePredictFnFromGraph,
  globalShapRanking,
  sampleBackground,
  sampleNodes,
  topReasons,
} from './explain/index.js';
export type {
  KernelShapOptions,
  PredictFn,
  ShapExplanation,
  Coalitions,
  FeatureImportance,
  Reason,
  TopReasonsOptions,
} from './explain/index.js';

// TensorFlow.js reference implementations: the layers and model that cross-check the engine, the
// MLP/LSTM baselines, the depth study's models, and the choice of tfjs backend they run on.
export { propagate } from './reference-tfjs/propagate.js';
export { GraphConv } from './reference-tfjs/graph-conv.js';
export type { ConvKwargs, GraphConvArgs, InitializerName } from './reference-tfjs/graph-conv.js';
export { GcnConv } from './reference-tfjs/gcn-conv.js';
export type { GcnConvArgs } from './reference-tfjs/gcn-conv.js';
export { SageConv } from './reference-tfjs/sage-conv.js';
export type { SageConvArgs } from './reference-tfjs/sage-conv.js';
export { RelSageConv } from './reference-tfjs/rel-sage-conv.js';
export type { RelSageConvArgs } from './reference-tfjs/rel-sage-conv.js';
export { buildTfGnn } from './reference-tfjs/tf-gnn.js';
export type { TfGnn } from './reference-tfjs/tf-gnn.js';
export { MlpRegressor, LstmRegressor, gatherSequences, sequencesFromNext } from './reference-tfjs/baselines/index.js';
export type { MlpConfig, LstmConfig, SequenceBatch, BaselineFitOptions, BaselineHistory } from './reference-tfjs/baselines/index.js';
export { selectBackend } from './reference-tfjs/select-backend.js';
export type { BackendChoice, SelectBackendOptions } from './reference-tfjs/select-backend.js';

export { cosineDistance, madByHops, meanAverageDistance, DeepGnn, sgcFeatures, oversmoothingStudy } from './study/index.js';
export type { MadByHops, MadOptions, Activation, DeepGnnConfig, DeepKind, OversmoothingOptions, OversmoothingRow } from './study/index.js';
