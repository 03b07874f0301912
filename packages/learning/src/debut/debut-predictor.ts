import { fit, GnnModel, type LossSpec, Standardizer, type StandardizerJson } from '@liftgraph/gnn';
import { buildDebutGraph, DEBUT_FEATURES, DEBUT_RELATIONS } from './debut-graph.js';
import { mostRelated } from './debut-baselines.js';
import type { DebutQuery } from './debut-queries.js';
import { PopulationRatios, type PopulationRatiosJson, type PriorRatio } from './population-ratios.js';

export const DEBUT_MODEL_SCHEMA = 'liftgraph.debut-model/1';

/** Training targets are clipped to ±1.5 in log space (4.5× off the reference): apps write placeholder loads (1 lb on a push-up). */
export const MAX_ABS_LOG_RATIO = 1.5;
const PATIENCE = 50;

export interface DebutFitOptions {
  kind?: 'sage' | 'rsage' | 'gcn';
  loss?: LossSpec;
  epochs?: number;
  seed?: number;
  /** Validation queries (1 = validate) for early stopping, aligned with the training queries. */
  validation?: Uint8Array;
  /** The MLP baseline: the same features, no edges (each query node alone: SAGE's root path = a perceptron). */
  withoutEdges?: boolean;
}

function dropEdges<G extends { numNodes: number }>(graph: G): G {
  const n = graph.numNodes;
  return {
    ...graph,
    adjacency: {
      numNodes: n,
      rowPtr: new Int32Array(n + 1),
      colIdx: new Int32Array(0),
      edgeWeight: new Float32Array(0),
      edgeType: new Uint8Array(0),
    },
  };
}

/** One debut prediction and what it drew on (for the planner's rationale). */
export interface DebutPrediction {
  kg: number;
  /** The reference: the most related logged exercise, its latest top set and the population ratio applied. */
  reference: { name: string; exerciseId: string; lastTopKg: number; lastTopReps: number; ratio: number; poolAthletes: number; kg: number };
}

export interface DebutModelJson {
  schema: typeof DEBUT_MODEL_SCHEMA;
  kind: 'sage' | 'rsage' | 'gcn';
  hidden: number;
  dropout: number;
  numRelations: number;
  features: readonly string[];
  params: Record<string, number[]>;
  x: StandardizerJson;
  y: StandardizerJson;
  ratios: PopulationRatiosJson;
  loss: string;
  trainQueries: number;
  bestEpoch: number;
  /** False for the MLP baseline (no edges). */
  edges: boolean;
}

/**
 * A trained debut model: the GNN over the debut star graph (`buildDebutGraph`), its scalers and the
 * population strength ratios it was trained with. What `gnn eval --task debut` scores is what the
 * planner serves: the same class, saved as one JSON file.
 */
export class DebutPredictor {
  private constructor(
    private readonly model: GnnModel,
    readonly ratios: PopulationRatios,
    private readonly xScaler: Standardizer,
    private readonly yScaler: Standardizer,
    readonly meta: { kind: 'sage' | 'rsage' | 'gcn'; loss: string; trainQueries: number; bestEpoch: number; edges: boolean },
    /** Training loss per epoch (empty for a loaded model). */
    readonly lossHistory: readonly number[] = [],
  ) {}

  /** Trains on queries whose actual debut load is known; early stopping on `validation` when given. */
  static train(queries: readonly DebutQuery[], ratios: PopulationRatios, options: DebutFitOptions = {}): DebutPredictor {
    const kind = options.kind ?? 'sage';
    const built = buildDebutGraph(queries, ratios);
    const graph = options.withoutEdges ? dropEdges(built.graph) : built.graph;
    const { queryNode } = built;
    const n = graph.numNodes;
    const trainMask = new Uint8Array(n);
    const valMask = new Uint8Array(n);
    queries.forEach((_, i) => {
      if (options.validation?.[i] === 1) valMask[queryNode[i] as number] = 1;
      else trainMask[queryNode[i] as number] = 1;
    });
    const xScaler = Standardizer.fit(graph.x, graph.numFeatures);
    const clipped = graph.y.map((v) => (Number.isNaN(v) ? v : Math.max(-MAX_ABS_LOG_RATIO, Math.min(MAX_ABS_LOG_RATIO, v))));
    const yScaler = Standardizer.fit(clipped, 1, trainMask);
    const hasVal = valMask.some((v) => v === 1);
    const std = { ...graph, x: xScaler.transform(graph.x), y: yScaler.transform(clipped), trainMask, ...(hasVal ? { valMask } : {}) };
    const seed = options.seed ?? 1;
    const relations = kind === 'rsage' ? { numRelations: DEBUT_RELATIONS.length } : {};
    const model = GnnModel.create({ kind, inFeatures: graph.numFeatures, hidden: 32, outFeatures: 1, dropout: 0.3, ...relations }, seed);
    const h = fit(model, std, {
      epochs: options.epochs ?? 400,
      seed,
      learningRate: 0.01,
      ...(hasVal ? { earlyStopping: { patience: PATIENCE, every: 10 } } : {}),
      ...(options.loss ? { loss: options.loss } : {}),
    });
    model.release(std);
    const loss = typeof options.loss === 'object' ? options.loss.kind : (options.loss ?? 'mse');
    return new DebutPredictor(
      model,
      ratios,
      xScaler,
      yScaler,
      { kind, loss, trainQueries: queries.length, bestEpoch: h.bestEpoch ?? h.loss.length, edges: !options.withoutEdges },
      h.loss,
    );
  }

  /** Predicted debut loads (kg), one per query; each query needs a non-empty history. */
  predict(queries: readonly DebutQuery[]): DebutPrediction[] {
    if (queries.length === 0) return [];
    const built = buildDebutGraph(queries, this.ratios);
    const { queryNode, referenceKg } = built;
    const graph = this.meta.edges ? built.graph : dropEdges(built.graph);
    const std = { ...graph, x: this.xScaler.transform(graph.x) };
    const out = this.yScaler.inverse(this.model.predict(std));
    this.model.release(std);
    return queries.map((q, i) => {
      const ref = mostRelated(q);
      if (!ref) throw new Error(`debut ${q.name}: no history`);
      const ratio = this.ratios.ratio(ref.record.exercise, q.exercise);
      const kg = (referenceKg[i] as number) * Math.exp(out[queryNode[i] as number] ?? 0);
      return {
        kg,
        reference: {
          name: ref.record.name,
          exerciseId: ref.record.exercise.id,
          lastTopKg: ref.record.lastTopKg,
          lastTopReps: ref.record.lastTopReps,
          ratio: Math.exp(ratio.logRatio),
          poolAthletes: ratio.athletes,
          kg: referenceKg[i] as number,
        },
      };
    });
  }

  toJSON(): DebutModelJson {
    const params = Object.fromEntries(Object.entries(this.model.getParams()).map(([k, v]) => [k, Array.from(v)]));
    return {
      schema: DEBUT_MODEL_SCHEMA,
      kind: this.meta.kind,
      hidden: this.model.config.hidden,
      dropout: this.model.config.dropout,
      numRelations: this.model.config.numRelations,
      features: DEBUT_FEATURES,
      params,
      x: this.xScaler.toJSON(),
      y: this.yScaler.toJSON(),
      ratios: this.ratios.toJSON(),
      loss: this.meta.loss,
      trainQueries: this.meta.trainQueries,
      bestEpoch: this.meta.bestEpoch,
      edges: this.meta.edges,
    };
  }

  static fromJSON(json: DebutModelJson, prior: PriorRatio): DebutPredictor {
    if (json.schema !== DEBUT_MODEL_SCHEMA)
      throw new Error(`not a debut model: schema "${String(json.schema)}", expected ${DEBUT_MODEL_SCHEMA}`);
    if (json.features.join(',') !== DEBUT_FEATURES.join(','))
      throw new Error(
        'the debut model was trained on other features than this version builds; retrain it (liftgraph gnn train --task debut)',
      );
    const model = GnnModel.fromParams(
      {
        kind: json.kind,
        inFeatures: DEBUT_FEATURES.length,
        hidden: json.hidden,
        outFeatures: 1,
        dropout: json.dropout,
        ...(json.kind === 'rsage' ? { numRelations: json.numRelations } : {}),
      },
      Object.fromEntries(Object.entries(json.params).map(([k, v]) => [k, Float32Array.from(v)])),
    );
    return new DebutPredictor(
      model,
      PopulationRatios.fromJSON(json.ratios, prior),
      Standardizer.fromJSON(json.x),
      Standardizer.fromJSON(json.y),
      {
        kind: json.kind,
        loss: json.loss,
        trainQueries: json.trainQueries,
        bestEpoch: json.bestEpoch,
        edges: json.edges,
      },
    );
  }
}
