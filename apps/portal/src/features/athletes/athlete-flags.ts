export interface StatusLike {
  acwr?: number | null;
  monotony?: number | null;
  daysSinceLastSession?: number | null;
  compliance?: { ratio?: number | null; prescribed: number; completed?: number } | null;
  flags: ReadonlyArray<{ code: string; message: string }>;
}

export type Tone = 'ok' | 'warn' | 'bad' | 'info';

export interface FlagBadge {
  code: string;
  label: string;
  tone: Tone;
  detail: string;
}

const API_FLAG_LABELS: Record<string, { label: string; tone: Tone }> = {
  ACWR_HIGH: { label: 'ACWR > 1.5', tone: 'bad' },
  MONOTONY_SPIKE: { label: 'Monotony spike', tone: 'warn' },
  MISSED_SESSIONS: { label: 'Missed sessions', tone: 'warn' },
};

/** Below this share of prescribed sessions done, the coach should look (TrainingPeaks-style amber). */
export const LOW_COMPLIANCE = 0.8;

/**
 * The API's flags plus low compliance, as badges; an athlete with none gets one "On track" badge, unless nothing
 * has been logged yet (a new athlete is not on track of anything: "No training logged yet").
 */
export function flagBadges(status: StatusLike): FlagBadge[] {
  const badges: FlagBadge[] = status.flags.map((f) => ({
    code: f.code,
    detail: f.message,
    ...(API_FLAG_LABELS[f.code] ?? { label: f.code, tone: 'warn' as const }),
  }));
  const ratio = status.compliance?.ratio;
  if (ratio !== null && ratio !== undefined && (status.compliance?.prescribed ?? 0) > 0 && ratio < LOW_COMPLIANCE) {
    badges.push({
      code: 'LOW_COMPLIANCE',
      label: `Compliance ${Math.round(ratio * 100)} %`,
      tone: 'warn',
      detail: 'fewer than 80 % of prescribed sessions done',
    });
  }
  if (badges.length > 0) return badges;
  if (status.daysSinceLastSession === null && (status.compliance?.completed ?? 0) === 0)
    return [{ code: 'NO_DATA', label: 'No training logged yet', tone: 'info', detail: 'no session logged or imported' }];
  return [{ code: 'OK', label: 'On track', tone: 'ok', detail: 'no flags' }];
}

/**
 * The colour of an ACWR value: it follows the API's flags (the one ACWR definition decides what is
 * flagged), so only a flagged value is drawn as a warning; an unflagged value is plain ('info' = neutral).
 */
export function acwrTone(status: Pick<StatusLike, 'flags'>): Tone {
  const codes = new Set(status.flags.map((f) => f.code));
  if (codes.has('ACWR_HIGH')) return 'bad';
  if ([...codes].some((c) => c.startsWith('ACWR_'))) return 'warn';
  return 'info';
}

/** What a compliance figure reads as: a ratio and "2 of 3 sessions", never "1 of 0". */
export interface ComplianceText {
  ratio: string;
  sessions: string;
}

/** Compliance as shown on the roster and the athlete page (one wording for both). */
export function complianceText(compliance: StatusLike['compliance']): ComplianceText {
  if (compliance === null || compliance === undefined) return { ratio: '—', sessions: 'no active program' };
  if (compliance.prescribed <= 0) return { ratio: '—', sessions: 'no sessions due yet' };
  const completed = Math.min(compliance.completed ?? 0, compliance.prescribed);
  return {
    ratio: formatRatio(compliance.ratio ?? completed / compliance.prescribed),
    sessions: `${completed} of ${compliance.prescribed} sessions`,
  };
}

export function formatRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 100)} %`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}
