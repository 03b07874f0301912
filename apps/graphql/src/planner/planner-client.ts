import { type PlanRequest, type Program, programSchema } from '@liftgraph/domain/program';
import { ApiError } from '../errors/api-error.js';

export interface PlannerPrediction {
  exerciseId: string;
  nextWeightKg: number | null;
  nextReps: number | null;
  nextRestSec: number | null;
  reasons: Array<{ feature: string; contribution: number }>;
}

export interface PlannerClient {
  /** POST /programs: the planner generates and stores the program and answers it (the domain's contract). */
  generateProgram(req: PlanRequest, requestId: string): Promise<Program>;
  predictions(athleteId: string, requestId: string): Promise<PlannerPrediction[]>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const each = (v: unknown, f: (x: Record<string, unknown>) => unknown): unknown =>
  Array.isArray(v) ? v.map((x) => (isRecord(x) ? f(x) : x)) : v;

/**
 * The load flags as booleans: a planner that predates them (a rolling deploy) answers without them, and
 * its prescriptions read as whole load, not body weight, exactly like programs stored before the flags.
 */
const withLoadFlags = (program: Record<string, unknown>): unknown => ({
  ...program,
  weeks: each(program.weeks, (week) => ({
    ...week,
    days: each(week.days, (day) => ({
      ...day,
      prescriptions: each(day.prescriptions, (rx) => ({
        ...rx,
        loadKg: rx.loadKg ?? null,
        loadPerHand: rx.loadPerHand === true,
        bodyweight: rx.bodyweight === true,
      })),
    })),
  })),
});

/** A planner answer that is not the contract's program is the planner's fault, not the caller's. */
function assertProgram(v: unknown): Program {
  const parsed = programSchema.safeParse(isRecord(v) ? withLoadFlags(v) : v);
  if (parsed.success) return parsed.data;
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
      const message =
        isRecord(body) && typeof body.message === 'string'
          ? body.message
          : isRecord(body) && typeof body.error === 'string'
            ? body.error
            : `status ${res.status}`;
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
