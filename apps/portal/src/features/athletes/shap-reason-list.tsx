'use client';

import { useViewerPreferences } from '~/features/preferences/use-viewer-preferences';
import { shapBars, shapSummary, type ShapTarget, shapTargetIn } from './shap-bars';

interface ShapReasonListProps {
  exerciseName: string;
  target: ShapTarget;
}

/** One target's SHAP reasons as a small signed bar list: up in green to the right, down in red to the left. */
export function ShapReasonList({ exerciseName, target: asServed }: ShapReasonListProps) {
  const target = shapTargetIn(asServed, useViewerPreferences().unit);
  const bars = shapBars(target);
  return (
    <div className="shap-target">
      <div className="muted small">{shapSummary(target)}</div>
      <ul className="shap-bars" aria-label={`SHAP reasons for ${exerciseName} ${target.target}`}>
        {bars.map((b) => (
          <li key={b.key} aria-label={b.ariaLabel} className="shap-row small">
            <span className="shap-label" title={b.valueText ? `${b.label}: ${b.valueText}` : b.label}>
              {b.label}
              {b.valueText ? <span className="muted"> · {b.valueText}</span> : null}
            </span>
            <span className="shap-track" aria-hidden="true">
              <span className="shap-half shap-half-down">
                {b.direction === 'down' ? <span className="reason-bar" style={{ width: `${b.widthPct}%`, background: '#d1383d' }} /> : null}
              </span>
              <span className="shap-half">
                {b.direction === 'up' ? <span className="reason-bar" style={{ width: `${b.widthPct}%`, background: '#1f9d55' }} /> : null}
              </span>
            </span>
            <span className="shap-value" aria-hidden="true">
              {b.contributionText}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
