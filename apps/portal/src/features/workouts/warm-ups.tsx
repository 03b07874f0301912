'use client';

import type { Equipment, WeightUnit } from '@liftgraph/domain';
import { warmUpSets } from '@liftgraph/domain/program';
import type { DatedPrescription } from '~/features/calendar/calendar.api';
import styles from './log.module.css';

/** A main lift: the day's first exercise, or any barbell lift, with a load to ramp to. */
export function isMainLift(rx: Pick<DatedPrescription, 'order' | 'loadKg' | 'bodyweight' | 'exercise'>): boolean {
  return rx.loadKg !== null && rx.loadKg > 0 && !rx.bodyweight && (rx.order === 0 || rx.exercise?.equipment === 'barbell');
}

const plates = (p: NonNullable<ReturnType<typeof warmUpSets>[number]['plates']>): string =>
  p.perSide.length === 0
    ? 'empty bar'
    : `${p.perSide.map((c) => (c.count > 1 ? `${c.count} × ${c.plate}` : `${c.plate}`)).join(' + ')} per side`;

/** The ramp to a main lift's prescribed top set, with plates per side for bars (kg or lb plates). */
export function WarmUps({ rx, unit }: { rx: DatedPrescription; unit: WeightUnit }) {
  if (!isMainLift(rx) || rx.loadKg === null) return null;
  const equipment = (rx.exercise?.equipment ?? (rx.loadPerHand ? 'dumbbell' : 'barbell')) as Equipment;
  let sets: ReturnType<typeof warmUpSets>;
  try {
    sets = warmUpSets({ topSetKg: rx.loadKg, reps: rx.reps, equipment, unit, perHand: rx.loadPerHand });
  } catch {
    return null;
  }
  if (sets.length === 0) return null;
  const u = unit === 'lbs' ? 'lb' : 'kg';
  return (
    <details className={styles.warmups} open={rx.order === 0}>
      <summary>Warm-up ({sets.length} sets, not logged)</summary>
      <ol aria-label={`Warm-up for ${rx.exerciseName}`}>
        {sets.map((s, i) => (
          <li key={i}>
            {s.reps} × {s.load} {u}
            {s.perHand ? ' per hand' : ''} ({s.percent} %){s.plates ? ` — ${plates(s.plates)}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
