import { describe, expect, it } from 'vitest';
import { addDays } from '../science/calendar-day.js';
import { capacityTrend } from './capacity-trend.js';
import { CAPACITY_RULES, type CapacitySet, detrainingFactor, estimateCapacity } from './estimate-capacity.js';
import { impliedE1RmKg } from './implied-e1rm.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Six years of squats, 2–4 sessions a week, with a 20-month gap in the middle (2020-03 to 2021-11),
 * RPE on some sets, warm-ups, the odd 15-rep set and a unit slip (a session logged in lb as kg).
 */
function sixYearLog(): CapacitySet[] {
  const random = rng(42);
  const sets: CapacitySet[] = [];
  let date = '2018-01-02';
  let top = 80;
  while (date < '2024-01-01') {
    date = addDays(date, 1 + Math.floor(random() * 4));
    if (date >= '2020-03-15' && date < '2021-11-01') continue;
    top = Math.max(60, top + (random() - 0.45) * 2.5);
    sets.push({ date, weightKg: 20, reps: 10, type: 'warmup' });
    const slip = random() < 0.01 ? 2.2046 : 1;
    for (let i = 0; i < 4; i++) {
      const rpe = random() < 0.3 ? 7 + Math.floor(random() * 4) : null;
      sets.push({
        date,
        weightKg: Math.round(top * slip * (1 - 0.05 * i) * 2) / 2,
        reps: 3 + Math.floor(random() * 6) + i * 2,
        rpe,
        type: 'working',
      });
    }
  }
  return sets;
}

describe('capacityTrend', () => {
  it('should give, per session day and oldest first, exactly estimateCapacity(sets up to that day, that day)', () => {
    const sets = sixYearLog();
    const trend = capacityTrend([...sets].reverse());
    const days = [...new Set(sets.map((s) => s.date))];
    expect(trend.map((p) => p.date)).toEqual(days);
    for (const p of trend) expect(p.capacity).toEqual(estimateCapacity(sets, p.date));
  });

  it("should carry the uncertainty band and each day's own best set", () => {
    const sets: CapacitySet[] = [
      { date: '2024-01-01', weightKg: 100, reps: 5 },
      { date: '2024-01-08', weightKg: 105, reps: 5 },
      { date: '2024-01-08', weightKg: 110, reps: 3, rpe: 9 },
      { date: '2024-01-15', weightKg: 90, reps: 8 },
    ];
    const trend = capacityTrend(sets);
    expect(trend.map((p) => p.date)).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
    for (const p of trend) {
      expect(p.capacity.lowKg).toBeLessThan(p.capacity.e1RmKg);
      expect(p.capacity.highKg).toBeGreaterThan(p.capacity.e1RmKg);
    }
    // One session: the thin-data band (3 % + 4 %).
    expect(trend[0]?.capacity.cv).toBeCloseTo(CAPACITY_RULES.cv.base + CAPACITY_RULES.cv.thin, 9);
    // 105 × 5 unlogged (1 RIR: 126 kg) beats 110 × 3 at RPE 9 (124.7 kg).
    const u = CAPACITY_RULES.unloggedRir;
    expect(trend[1]?.session).toMatchObject({ e1RmKg: impliedE1RmKg(105, 5, u), bestSet: { weightKg: 105, reps: 5 } });
    // A lighter day: its own set is lower, the capacity still rests on the week before.
    expect(trend[2]?.session.e1RmKg).toBeCloseTo(impliedE1RmKg(90, 8, u), 9);
    expect(trend[2]?.capacity.e1RmKg).toBeCloseTo(impliedE1RmKg(105, 5, u), 9);
    expect(trend[2]?.capacity.bestSet.date).toBe('2024-01-08');
  });

  it('should decay an older best inside the window rather than keep it at full value', () => {
    const sets: CapacitySet[] = [
      { date: '2024-01-01', weightKg: 130, reps: 3 }, // 147 kg: within 1.25 × the median, so not an outlier
      { date: '2024-02-20', weightKg: 100, reps: 5 },
      { date: '2024-03-20', weightKg: 100, reps: 5 },
    ];
    const last = capacityTrend(sets).at(-1);
    expect(last?.capacity.decay).toBeCloseTo(detrainingFactor(79), 9);
    expect(last?.capacity.e1RmKg).toBeCloseTo(impliedE1RmKg(130, 3, CAPACITY_RULES.unloggedRir) * detrainingFactor(79), 9);
  });

  it('should never give a negative, zero or non-finite point on a six-year log with a 20-month gap', () => {
    const trend = capacityTrend(sixYearLog());
    expect(trend.length).toBeGreaterThan(500);
    for (const p of trend) {
      for (const v of [p.capacity.e1RmKg, p.capacity.lowKg, p.capacity.highKg, p.session.e1RmKg]) {
        expect(Number.isFinite(v) && v > 0).toBe(true);
      }
      expect(p.capacity.lowKg).toBeLessThanOrEqual(p.capacity.e1RmKg);
      expect(p.capacity.e1RmKg).toBeLessThanOrEqual(p.capacity.highKg);
    }
    // The first session back reads the comeback alone: the pre-gap sessions are outside its window.
    const back = trend.find((p) => p.date >= '2021-11-01');
    expect(back?.capacity.sessions).toBe(1);
    expect(back?.capacity.e1RmKg).toBeCloseTo(back?.session.e1RmKg ?? Number.NaN, 9);
  });

  it('should ignore sets no estimate can read (negative, NaN or infinite loads, odd reps, nonsense RPE/RIR) without a NaN or a negative', () => {
    const junk: CapacitySet[] = [
      { date: '2024-01-01', weightKg: -38, reps: 5 },
      { date: '2024-01-01', weightKg: Number.NaN, reps: 5 },
      { date: '2024-01-01', weightKg: Number.POSITIVE_INFINITY, reps: 5 },
      { date: '2024-01-01', weightKg: 100, reps: 0 },
      { date: '2024-01-01', weightKg: 100, reps: 2.5 },
      { date: '2024-01-02', weightKg: 60, reps: 5, rpe: Number.NaN },
      { date: '2024-01-03', weightKg: 60, reps: 5, rir: -3 },
      { date: '2024-01-04', weightKg: 60, reps: 5, rpe: 14 },
    ];
    const trend = capacityTrend(junk);
    expect(trend.map((p) => p.date)).toEqual(['2024-01-02', '2024-01-03', '2024-01-04']);
    expect(trend[0]?.session.e1RmKg).toBeCloseTo(impliedE1RmKg(60, 5, CAPACITY_RULES.unloggedRir), 9);
    expect(trend[1]?.session.e1RmKg).toBeCloseTo(impliedE1RmKg(60, 5, 0), 9);
    expect(trend[2]?.session.e1RmKg).toBeCloseTo(impliedE1RmKg(60, 5, 0), 9);
    for (const p of trend) expect(Number.isFinite(p.capacity.lowKg) && p.capacity.lowKg > 0).toBe(true);
    expect(capacityTrend([])).toEqual([]);
  });

  it('should be fast on a long log (window-sized work per day, not the whole history)', () => {
    const sets = sixYearLog();
    const long = [0, 1, 2, 3].flatMap((k) => sets.map((s) => ({ ...s, date: addDays(s.date, k * 2200) })));
    const started = performance.now();
    const trend = capacityTrend(long);
    expect(trend.length).toBeGreaterThan(2000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
