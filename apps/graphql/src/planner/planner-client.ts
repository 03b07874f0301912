import { ApiError } from '../errors/api-error.js';

export type PlannerGoal = 'strength' | 'hypertrophy' | 'general';

export interface PlanRequest {
  athleteId: string;
  daysPerWeek: 3 | 5 | 6;
  goal: PlannerGoal;
  weeks: number;
  sessionTimeCapMin: number;
  /** Omitted = every kind of equipment. */
  equipment?: string[];
  excludedExerciseIds: string[];
  excludedMuscles: string[];
  priorities: { muscles: string[]; exercises: string[] };
  threeDaySplit?: 'full-body' | 'push-pull-legs';
  startDate?: string;
  /** Heaviest dumbbell (kg, one implement) and smallest plate (kg); a field left out does not limit. */
  equipmentLimits?: { heaviestDumbbellKg?: number; smallestPlateKg?: number };
}

export interface PlannedPrescription {
  exerciseId: string;
  exerciseName: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  sets: number;
  reps: number;
  /** kg; each implement when `loadPerHand`; the added load (null = none) when `bodyweight`. */
  loadKg: number | null;
  loadPerHand: boolean;
  bodyweight: boolean;
  restSec: number;
  targetRpe: number | null;
  rationale: string;
  source: string;
}

/** The program JSON the planner returns (and stores) for `POST /programs`. */
export interface PlannedProgram {
  programId: string;
  athleteId: string;
  daysPerWeek: number;
  weeks: Array<{ index: number; deload: boolean; days: Array<{ index: number; dayOfWeek: number; label: string; prescriptions: PlannedPrescription[] }> }>;
}

export interface PlannerPrediction {
  exerciseId: string;
  nextWeightKg: number | null;
  nextReps: number | null;
  nextRestSec: number | null;
  reasons: Array<{ feature: string; contribution: number }>;
}

export interface PlannerClient {
  generateProgram(req: PlanRequest, requestId: string): Promise<PlannedProgram>;
  predictions(athleteId: string, requestId: string): Promise<PlannerPrediction[]>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The load flags as booleans: a planner that predates them (a rolling deploy) answers without them, and
 * its prescriptions read as whole load, not body weight, exactly like programs stored before the flags.
 */
function withLoadFlags(program: PlannedProgram): PlannedProgram {
  return {
    ...program,
    weeks: program.weeks.map((week) => ({
      ...week,
      days: week.days.map((day) => ({
        ...day,
        prescriptions: day.prescriptions.map((rx) => ({ ...rx, loadKg: rx.loadKg ?? null, loadPerHand: rx.loadPerHand === true, bodyweight: rx.bodyweight === true })),
      })),
    })),
  };
}

const isDay = (d: unknown): boolean => isRecord(d) && Array.isArray(d.prescriptions) && d.prescriptions.every(isRecord);
const isWeek = (w: unknown): boolean => isRecord(w) && Array.isArray(w.days) && w.days.every(isDay);

/** A planner answer that is not the documented shape is the planner's fault, not the caller's. */
function assertProgram(v: unknown): PlannedProgram {
  if (isRecord(v) && typeof v.programId === 'string' && typeof v.athleteId === 'string' && Array.isArray(v.weeks) && v.weeks.every(isWeek)) {
    return withLoadFlags(v as unknown as PlannedProgram);
  }
  throw new ApiError('PLANNER_UNAVAILABLE', 'the planner answered with an unexpected program shape');
}

/** Typed HTTP client for apps/planner with a per-call timeout; network failures → PLANNER_UNAVAILABLE. */
export function createPlannerClient(opts: { baseUrl: string; timeoutMs: number; fetchImpl?: typeof fetch }): PlannerClient {
  const doFetch = opts.fetchImpl ?? fetch;
  async function call(path: string, init: RequestInit, requestId: string): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(new URL(path, opts.baseUrl), {
        ...init,
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (cause) {
      const why = cause instanceof Error && cause.name === 'TimeoutError' ? `timed out after ${opts.timeoutMs} ms` : 'is not reachable';
      throw new ApiError('PLANNER_UNAVAILABLE', `the planner ${why}; try again later`, { cause });
    }
    const body: unknown = await res.json().catch(() => null);
    // Fastify's own 404 for a route the planner does not have yet (vs. a 404 about an athlete or program).
    if (res.status === 404 && isRecord(body) && typeof body.message === 'string' && /^Route .* not found$/.test(body.message)) {
      throw new ApiError('NOT_IMPLEMENTED', `the planner does not offer ${init.method ?? 'GET'} ${path.split('?')[0] ?? path} yet`);
    }
    if (res.status === 400 || res.status === 404 || res.status === 422) {
      const message = isRecord(body) && typeof body.message === 'string' ? body.message : isRecord(body) && typeof body.error === 'string' ? body.error : `status ${res.status}`;
      throw new ApiError(res.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', `the planner refused the request: ${message}`);
    }
    if (!res.ok) throw new ApiError('PLANNER_UNAVAILABLE', `the planner failed with status ${res.status}`);
    return body;
  }
  return {
    async generateProgram(req, requestId) {
      return assertProgram(await call('/programs', { method: 'POST', body: JSON.stringify(req) }, requestId));
    },
    async predictions(athleteId, requestId) {
      const body = await call(`/predictions?athleteId=${encodeURIComponent(athleteId)}`, { method: 'GET' }, requestId);
      const list = isRecord(body) && Array.isArray(body.predictions) ? body.predictions : body;
      if (!Array.isArray(list)) throw new ApiError('PLANNER_UNAVAILABLE', 'the planner answered with an unexpected predictions shape');
      return list as PlannerPrediction[];
    },
  };
}
