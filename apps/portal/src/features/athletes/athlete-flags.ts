export interface StatusLike {
  acwr?: number | null;
  monotony?: number | null;
  daysSinceLastSession?: number | null;
  compliance?: { ratio?: number | null; prescribed: number } | null;
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

/** The API's flags plus low compliance, as badges; an athlete with none gets one "On track" badge. */
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
  return badges.length > 0 ? badges : [{ code: 'OK', label: 'On track', tone: 'ok', detail: 'no flags' }];
}

/** ACWR zone after Gabbett (2016): < 0.8 under-loaded, 0.8–1.3 sweet spot, 1.3–1.5 caution, > 1.5 danger. */
export function acwrTone(acwr: number | null | undefined): Tone {
  if (acwr === null || acwr === undefined) return 'info';
  if (acwr > 1.5) return 'bad';
  if (acwr > 1.3 || acwr < 0.8) return 'warn';
  return 'ok';
}

export function formatRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 100)} %`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}
