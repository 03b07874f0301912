import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { intInRange, oneOf } from '../../errors/validate.js';
import { type ModelMetricType, ModelVersionType, TrainingRunType } from './model.type.js';
import { globalShap, lossCurves } from './training-record.js';

/** Flattens nested numeric metrics ({test: {weight: {mae: 2.1}}}) into dotted names. */
export function flattenMetrics(json: string | null): ModelMetricType[] {
  if (json === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const out: ModelMetricType[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number' && Number.isFinite(v)) out.push({ name: path, value: v });
    else if (typeof v === 'object' && v !== null) for (const [k, child] of Object.entries(v)) walk(child, path === '' ? k : `${path}.${k}`);
  };
  walk(value, '');
  return out;
}

@Resolver()
export class ModelResolver {
  @Authorized(...ROLES.modelReaders)
  @Query(() => [ModelVersionType], { description: 'Registered model versions, newest first, with their metrics.' })
  async modelVersions(@Ctx() ctx: Context, @Arg('limit', () => Int, { defaultValue: 20 }) limit: number): Promise<ModelVersionType[]> {
    const rows = await ctx.repos.models.list({ limit: intInRange('limit', limit, 1, 200) });
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      createdAt: r.createdAt,
      artifact: r.artifact === '' ? null : r.artifact,
      features: r.features,
      metrics: flattenMetrics(r.metrics),
      metricsJson: r.metrics,
      beatsBaselines: r.beatsBaselines,
      lossCurves: lossCurves(r.metrics),
      globalShap: globalShap(r.globalShap),
    }));
  }

  @Authorized(...ROLES.modelTrainers)
  // A library call (@liftgraph/learning) in a thread of this API; with REDIS_URL a job for the queue workers.
  @Mutation(() => TrainingRunType, {
    description:
      'Starts a training run in the background (one at a time): export from Neo4j, train, save the models, record a ModelVersion each.',
  })
  async trainModel(
    @Ctx() ctx: Context,
    @Arg('model', () => String, { defaultValue: 'all', description: 'graphsage | gcn | all' }) model: string,
    @Arg('epochs', () => Int, { defaultValue: 60 }) epochs: number,
  ): Promise<TrainingRunType> {
    const request = { model: oneOf('model', model, ['graphsage', 'gcn', 'all'] as const), epochs: intInRange('epochs', epochs, 1, 1000) };
    const { userId } = ctx.access.requireViewer();
    await ctx.services.limits.consume(userId, 'trainModel');
    const run = await ctx.services.training.start(userId, request);
    ctx.log.info({ runId: run.id, request }, 'training run started');
    return run;
  }

  @Authorized(...ROLES.modelReaders)
  @Query(() => TrainingRunType, { nullable: true })
  trainingRun(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<TrainingRunType | null> {
    return ctx.services.training.get(id);
  }

  @Authorized(...ROLES.modelReaders)
  @Query(() => [TrainingRunType])
  trainingRuns(@Ctx() ctx: Context): Promise<TrainingRunType[]> {
    return ctx.services.training.list();
  }
}
