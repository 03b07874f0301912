import type { PrescribedLoad } from '@liftgraph/domain/program';
import { doseLine } from '~/features/calendar/prescription-change';
import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { shortDate } from './program-dates';
import styles from './prescription-summary.module.css';

/** What a prescription shows read-only, for coach and athlete alike (PrescriptionSummaryFields below). */
export interface PrescriptionSummaryFields extends PrescribedLoad {
  sets: number;
  reps: number;
  targetRpe: number;
  restSec: number;
  rationale: string;
  details?: string | null;
  locked?: boolean | null;
  adjustment?: {
    reason: string;
    date: string;
    by: string;
    previousSets: number;
    previousReps: number;
    previousLoadKg?: number | null;
    previousTargetRpe: number;
  } | null;
}

/**
 * The dose ("3 × 5 @ 24 kg per hand, RPE 8", the calendar's doseLine), the rest, the coach-worded rationale with the technical
 * detail behind a "details" disclosure, and the last change with its reason and what it was before.
 */
export function PrescriptionSummary({ rx }: { rx: PrescriptionSummaryFields }) {
  const adj = rx.adjustment;
  const prefs = useViewerPreferences();
  return (
    <>
      <span className="dose">{doseLine(rx, prefs)}</span>
      {rx.restSec > 0 ? <span className="muted small">rest {Math.round(rx.restSec)} s</span> : null}
      {adj ? (
        <span className={styles.adjustment} data-testid="adjustment">
          {adj.reason}
          {/* A reason that already reads "before → after" (a coach's edit) is not repeated with "was …". */}
          {adj.reason.includes('→') ? null : (
            <>
              {' '}
              · was{' '}
              {doseLine(
                {
                  sets: adj.previousSets,
                  reps: adj.previousReps,
                  loadKg: adj.previousLoadKg ?? null,
                  loadPerHand: rx.loadPerHand,
                  bodyweight: rx.bodyweight,
                  targetRpe: adj.previousTargetRpe,
                },
                prefs,
              )}
            </>
          )}{' '}
          · {adj.by === 'coach' ? 'by the coach' : 'after a logged session'}, {shortDate(adj.date, prefs)}
        </span>
      ) : null}
      <span className="why">{rx.rationale}</span>
      {rx.details ? (
        <details className={styles.disclosure}>
          <summary>details</summary>
          <span className={styles.details}>{rx.details}</span>
        </details>
      ) : null}
    </>
  );
}
