import type { AthleteStatus } from './athlete-status.js';

/**
 * Process-wide, short-lived cache of dashboard statuses (the coach dashboard is polled; the
 * numbers move once per logged session). Writes through this API evict the athlete at once;
 * writes by other processes (imports from the CLI) show after at most `ttlMs`. ttlMs 0 disables it.
 */
export class StatusCache {
  private readonly entries = new Map<string, { status: AthleteStatus; expires: number }>();

  constructor(private readonly ttlMs: number) {}

  get(athleteId: string, today: string): AthleteStatus | null {
    const hit = this.entries.get(athleteId);
    if (hit === undefined || hit.expires < Date.now() || hit.status.asOf !== today) return null;
    return hit.status;
  }

  set(status: AthleteStatus): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(status.athleteId, { status, expires: Date.now() + this.ttlMs });
  }

  evict(athleteId: string): void {
    this.entries.delete(athleteId);
  }
}
