import { ACWR_WINDOW_DAYS, acwrAsOf, addDays, daysBetween, monotony, strain, toDailyLoads, weeklyLoad } from '@liftgraph/domain/science';
import type { ActiveProgram } from '@liftgraph/neo4j';

/** ACWR above this is the "danger zone" of Gabbett 2016 (docs/science.md §ACWR zones). */
export const ACWR_FLAG_ABOVE = 1.5;
/** Monotony above 2.0 as a warning sign (secondary, attributed to Foster 1998; docs/science.md §Monotony and strain). */
export const MONOTONY_FLAG_ABOVE = 2.0;
/** Below this share of prescribed sessions a program counts as missed. */
export const COMPLIANCE_FLAG_BELOW = 0.8;
/** Without a program: this many days since the last session counts as missed training. */
export const IDLE_DAYS_FLAG = 8;
/** Days of load history the status reads: the window of the one ACWR (acwrAsOf). */
export const LOAD_WINDOW_DAYS = ACWR_WINDOW_DAYS;

export type AthleteFlagCode = 'ACWR_HIGH' | 'MONOTONY_SPIKE' | 'MISSED_SESSIONS';

export interface AthleteFlag {
  code: AthleteFlagCode;
  message: string;
}

export interface Compliance {
  programId: string;
  completed: number;
  prescribed: number;
  /** completed ÷ prescribed-to-date; null before the first prescribed session is due. */
  ratio: number | null;
}

export interface AthleteStatus {
  athleteId: string;
  asOf: string;
  weekLoadAu: number;
  monotony: number | null;
  strain: number | null;
  acwr: number | null;
  lastSessionDate: string | null;
  daysSinceLastSession: number | null;
  compliance: Compliance | null;
  flags: AthleteFlag[];
}

/** The first day (`YYYY-MM-DD`) of load history `athleteStatus` needs as of `today`. */
export const statusWindowStart = (today: string): string => addDays(today, -(LOAD_WINDOW_DAYS - 1));

/**
 * Compliance with the active program as of `today` (the athlete's). Today is not over, so today's day is
 * not due until done: prescribed = planned (not skipped) program days dated before today, plus today's
 * when a session fulfils it (or a session without a program day was logged today); completed = the due
 * days a logged session fulfils, plus sessions logged since the start without a program day (up to
 * today), capped at prescribed; ratio null when none is due (a program starting today, nothing logged).
 */
export function complianceOf(program: ActiveProgram, today: string): Compliance {
  const unlinkedDates = program.unlinkedDates.filter((d) => d >= program.startDate && d <= today);
  const loggedToday = unlinkedDates.includes(today);
  const due = program.days.filter((d) => d.status === 'planned' && (d.date < today || (d.date === today && (d.done || loggedToday))));
  const prescribed = due.length;
  const completed = Math.min(prescribed, due.filter((d) => d.done).length + unlinkedDates.length);
  return { programId: program.programId, completed, prescribed, ratio: prescribed === 0 ? null : completed / prescribed };
}

/**
 * The coach-dashboard view of one athlete as of `today`: last-7-day load, monotony and strain, EWMA
 * ACWR over `LOAD_WINDOW_DAYS`, compliance with the active program, and the flags derived from them.
 */
export function athleteStatus(input: {
  athleteId: string;
  today: string;
  loads: ReadonlyArray<{ date: string; load: number }>;
  lastSessionDate: string | null;
  activeProgram: ActiveProgram | null;
}): AthleteStatus {
  const from = statusWindowStart(input.today);
  const inWindow = input.loads.filter((l) => l.date >= from && l.date <= input.today);
  const daily = toDailyLoads(inWindow, { from, to: input.today }).map((d) => d.load);
  const week = daily.slice(-7);
  const acwr = acwrAsOf(input.loads, input.today);
  const mono = monotony(week);
  const compliance = input.activeProgram === null ? null : complianceOf(input.activeProgram, input.today);
  const daysSinceLastSession = input.lastSessionDate === null ? null : daysBetween(input.lastSessionDate, input.today);
  const flags: AthleteFlag[] = [];
  if (acwr !== null && acwr > ACWR_FLAG_ABOVE) flags.push({ code: 'ACWR_HIGH', message: `ACWR ${acwr.toFixed(2)} > ${ACWR_FLAG_ABOVE}` });
  if (mono !== null && mono > MONOTONY_FLAG_ABOVE)
    flags.push({ code: 'MONOTONY_SPIKE', message: `monotony ${mono.toFixed(2)} > ${MONOTONY_FLAG_ABOVE}` });
  if (compliance?.ratio != null && compliance.ratio < COMPLIANCE_FLAG_BELOW) {
    flags.push({ code: 'MISSED_SESSIONS', message: `${compliance.completed} of ${compliance.prescribed} prescribed sessions done` });
  } else if (compliance === null && daysSinceLastSession !== null && daysSinceLastSession >= IDLE_DAYS_FLAG) {
    flags.push({ code: 'MISSED_SESSIONS', message: `no session for ${daysSinceLastSession} days` });
  }
  return {
    athleteId: input.athleteId,
    asOf: input.today,
    weekLoadAu: weeklyLoad(week),
    monotony: mono,
    strain: strain(week),
    acwr,
    lastSessionDate: input.lastSessionDate,
    daysSinceLastSession,
    compliance,
    flags,
  };
}
