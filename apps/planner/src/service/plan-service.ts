import { randomUUID } from 'node:crypto';
import { type Exercise, type PlateSet, todayFor } from '@liftgraph/domain';
import { AthleteHistoryRepository, ExerciseBatchRepository, type GraphDb, ProgramRepository } from '@liftgraph/neo4j';
import type { DebutPredictor, Predictor } from '@liftgraph/learning';
import { gnnPredictionSource } from '../predictions/gnn-prediction-source.js';
import type { PredictionSource } from '../prescriptions/prediction-source.js';
import type { PlanRequest, Program } from '@liftgraph/domain/program';
import { generateProgramWith } from '../program/generate-program.js';
import type { ShapBudget } from '../predictions/explain-next.js';
import { ShapCache } from '../predictions/shap-cache.js';
import { nextPredictions, type PredictionExplainer, type PredictionsResponse } from './next-predictions.js';
import type { MipSolver } from '../solver/highs-solver.js';

export class AthleteNotFoundError extends Error {
  constructor(readonly athleteId: string) {
    super(`athlete ${athleteId} does not exist`);
    this.name = 'AthleteNotFoundError';
  }
}

export interface PlanServiceDeps {
  db: GraphDb;
  solver: MipSolver;
  /** The planner's catalog; only exercises that exist in the graph are planned. */
  catalog: readonly Exercise[];
  /**
   * The model each request uses, asked once per request (a service that follows the registry answers
   * with its current snapshot; see ServedModel): the predictor (null: rules alone) and the model whose
   * SHAP reasons /predictions shows (null: no SHAP).
   */
  model: () => Promise<PlannerModel>;
  shapBudget?: ShapBudget;
  onWarning?: (message: string) => void;
  /** The server clock: an athlete's today in their time zone (LIFTGRAPH_TODAY pins it); default the real date there. */
  today?: (timeZone: string) => string;
}

export interface PlannerModel {
  predictor: Predictor | null;
  explainer: PredictionExplainer | null;
  /** The served debut model for exercises never logged (absent or null: the first-exposure rules). */
  debut?: DebutPredictor | null;
}

/** A model that never changes (a CLI run, a test). */
export const fixedModel =
  (model: PlannerModel): (() => Promise<PlannerModel>) =>
  () =>
    Promise.resolve(model);

export interface PlanOutcome {
  program: Program;
  /** Prediction source used ('rules' when none); per-prescription sources are in the program. */
  predictions: string;
  /** The athlete's plates the loads were rounded for (their unit and microplates): how to show them. */
  plates: PlateSet;
  timings: { readMs: number; generateMs: number; saveMs: number };
}

export interface PlanService {
  plan(request: PlanRequest): Promise<PlanOutcome>;
  /** Next session of the athlete's main exercises (model or rules); throws AthleteNotFoundError. */
  predictions(athleteId: string): Promise<PredictionsResponse>;
}

/** Reads the athlete's log from Neo4j, generates a program (model + rules), stores it and returns it. */
export function createPlanService(deps: PlanServiceDeps): PlanService {
  const history = new AthleteHistoryRepository(deps.db);
  const programs = new ProgramRepository(deps.db);
  const shapCache = new ShapCache();
  let catalog: Promise<readonly Exercise[]> | undefined;
  const graphCatalog = (): Promise<readonly Exercise[]> => {
    catalog ??= new ExerciseBatchRepository(deps.db).byIds(deps.catalog.map((e) => e.id)).then((rows) => {
      const present = new Set(rows.map((r) => r.id));
      return deps.catalog.filter((e) => present.has(e.id));
    });
    catalog.catch(() => {
      catalog = undefined;
    });
    return catalog;
  };

  return {
    async plan(request) {
      const t0 = performance.now();
      const [athlete, exercises, { predictor, debut }] = await Promise.all([
        history.history(request.athleteId),
        graphCatalog(),
        deps.model(),
      ]);
      if (athlete === null) throw new AthleteNotFoundError(request.athleteId);
      const t1 = performance.now();
      let predictionSource: PredictionSource | undefined;
      if (predictor) {
        try {
          predictionSource = gnnPredictionSource(predictor, athlete.athleteId, athlete.sessions, exercises);
        } catch (error) {
          deps.onWarning?.(`model predictions failed, rules only: ${(error as Error).message}`);
        }
      }
      const plates: PlateSet = { unit: athlete.unit, microplates: athlete.microplates };
      const profile = {
        ...(athlete.bodyweightKg !== null && { bodyweightKg: athlete.bodyweightKg }),
        ...(athlete.sex !== null && { sex: athlete.sex }),
      };
      const generated = generateProgramWith(deps.solver, request, {
        history: athlete.sessions,
        // The athlete's today (the server clock), for the one ACWR.
        asOf: (deps.today ?? ((tz: string) => todayFor(tz)))(athlete.timeZone),
        catalog: exercises,
        profile,
        // Loads land on the athlete's plates: lb steps for an lbs athlete (stored as the exact kg).
        plates,
        ...(predictionSource && { predictionSource }),
        ...(debut && { debutModel: debut }),
      });
      const t2 = performance.now();
      // A generated id is derived from the request; a second generation of the same request must add a
      // new draft, never overwrite the first (which may be assigned by now): the id gets a fresh suffix.
      if (request.programId === undefined) generated.program.programId = `${generated.program.programId}-${randomUUID().slice(0, 8)}`;
      await programs.save(generated.program, {
        name: `${request.daysPerWeek}-day ${request.goal} block (${request.weeks} wk)`,
        status: 'draft',
      });
      const t3 = performance.now();
      return {
        program: generated.program,
        predictions: predictionSource?.id ?? 'rules',
        plates,
        timings: { readMs: t1 - t0, generateMs: t2 - t1, saveMs: t3 - t2 },
      };
    },
    async predictions(athleteId) {
      const [athlete, exercises, model] = await Promise.all([history.history(athleteId), graphCatalog(), deps.model()]);
      if (athlete === null) throw new AthleteNotFoundError(athleteId);
      return nextPredictions({
        athleteId,
        sessions: athlete.sessions,
        catalog: exercises,
        predictor: model.predictor,
        explainer: model.explainer,
        shapCache,
        plates: { unit: athlete.unit, microplates: athlete.microplates },
        ...(deps.shapBudget && { shapBudget: deps.shapBudget }),
        ...(deps.onWarning && { onWarning: deps.onWarning }),
      });
    },
  };
}
