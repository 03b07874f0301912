import { FusedGnn } from '../engine/fused-gnn.js';
import type { EngineOptions } from '../engine/fused-gnn.js';
import { GnnError } from '../errors.js';
import type { GraphData } from '../graph/graph-data.js';
import { validateGraph } from '../graph/validate-graph.js';
import { propagationFor } from './conv-kind.js';
import { initParams, paramSpecs, resolveConfig } from './gnn-config.js';
import type { GnnConfig, GnnParams } from './gnn-config.js';

export { propagationFor } from './conv-kind.js';

/** Constructor input of `GnnModel.create`: `kind` and `inFeatures`, the rest defaulted. */
export type GnnConfigInput = Partial<GnnConfig> & Pick<GnnConfig, 'kind' | 'inFeatures'>;

/**
 * A two-layer study model (GCN, GraphSAGE or relational GraphSAGE, see `GnnConfig`) as configuration +
 * named parameters.
 * Training and inference run on the fused WASM SIMD engine (`FusedGnn`), one engine per graph,
 * cached: this is the model. The same parameters drive the TensorFlow.js reference implementation
 * (`reference-tfjs/`, `buildTfGnn`), which exists to cross-check the engine.
 */
export class GnnModel {
  private params: Record<string, Float32Array>;
  private readonly engines = new WeakMap<GraphData, FusedGnn>();

  private constructor(
    readonly config: GnnConfig,
    params: GnnParams,
  ) {
    this.params = {};
    this.setParams(params);
  }

  /**
   * A freshly initialised model (Glorot kernels from `seed`, zero biases). A relational kind ('rsage')
   * takes `numRelations` from the config, else counts it from `graph`'s edge types (max + 1).
   */
  static create(config: GnnConfigInput, seed = 42, graph?: GraphData): GnnModel {
    const c = resolveConfig(config, graph?.adjacency);
    return new GnnModel(c, initParams(c, seed));
  }

  /** A model from a config and existing parameters (e.g. loaded from disk). */
  static fromParams(config: GnnConfigInput, params: GnnParams): GnnModel {
    return new GnnModel(resolveConfig(config), params);
  }

  /** Copies of the parameters, by the names of `paramSpecs(config)`. */
  getParams(): Record<string, Float32Array> {
    return Object.fromEntries(Object.entries(this.params).map(([k, v]) => [k, v.slice()]));
  }

  setParams(params: GnnParams): void {
    const next: Record<string, Float32Array> = {};
    for (const { name, shape } of paramSpecs(this.config)) {
      const v = params[name];
      const size = shape.reduce((a, b) => a * b, 1);
      if (v === undefined || v.length !== size) {
        throw new GnnError('BAD_INPUT', `parameter ${name} must have ${size} values [${shape.join(', ')}], got ${v?.length ?? 'none'}`);
      }
      next[name] = v.slice();
    }
    this.params = next;
  }

  /**
   * The fused engine bound to `graph`, created on first use (validates the graph once; graphs are
   * treated as immutable — build a new `GraphData` rather than mutating one); `threads` = 2
   * runs its kernels on a second core (worker thread over shared memory). Loads the current parameters.
   * `training: false` accepts a cached engine of either kind and otherwise builds a predict-only one;
   * the default (training) replaces a cached predict-only engine.
   */
  engineFor(graph: GraphData, options: EngineOptions = {}): FusedGnn {
    let e = this.engines.get(graph);
    const threads = options.threads ?? 1;
    if (e !== undefined && (e.threads !== threads || (options.training !== false && !e.training))) {
      e.dispose();
      e = undefined;
    }
    if (e === undefined) {
      validateGraph(graph);
      if (graph.numFeatures !== this.config.inFeatures) {
        throw new GnnError('BAD_INPUT', `graph has ${graph.numFeatures} features but the model expects ${this.config.inFeatures}`);
      }
      const prop = propagationFor(this.config.kind, graph.adjacency, this.config.numRelations);
      e = new FusedGnn(this.config, graph.numNodes, prop, graph.x, options);
      this.engines.set(graph, e);
    }
    e.setParams(this.params);
    return e;
  }

  /** Ŷ [numNodes, outFeatures] row-major, dropout off (on the graph's cached engine, or a predict-only one). */
  predict(graph: GraphData, options: { threads?: 1 | 2 } = {}): Float32Array {
    if (graph.numNodes === 0) return new Float32Array(0);
    return this.engineFor(graph, { ...options, training: false }).predict();
  }

  /** Releases the engine (and its worker thread) bound to `graph`. */
  release(graph: GraphData): void {
    this.engines.get(graph)?.dispose();
    this.engines.delete(graph);
  }

  /** Stores parameters trained by an engine (used by `fit`). */
  adoptFrom(engine: FusedGnn): void {
    this.setParams(engine.getParams());
  }
}
