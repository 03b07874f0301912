'use client';

import { useState } from 'react';

export interface GlobalShap {
  explainedNodes: number;
  backgroundRows: number;
  numSamples: number;
  targets: ReadonlyArray<{ target: string; unit: string; features: ReadonlyArray<{ feature: string; meanAbs: number }> }>;
}

/** Features listed before "show all". */
const TOP = 10;

const formatImportance = (v: number): string => (v >= 10 ? v.toFixed(1) : v >= 0.01 ? v.toFixed(2) : v.toExponential(1));

/** A model's global SHAP ranking (mean |SHAP| per feature, most important first), one target at a time. */
export function GlobalShapRanking({ modelLabel, shap }: { modelLabel: string; shap: GlobalShap }) {
  const [targetName, setTargetName] = useState(shap.targets[0]?.target ?? '');
  const [all, setAll] = useState(false);
  const target = shap.targets.find((t) => t.target === targetName) ?? shap.targets[0];
  if (target === undefined) return <p className="muted small">The training run stored no target to rank.</p>;
  const max = Math.max(...target.features.map((f) => f.meanAbs), Number.MIN_VALUE);
  const shown = all ? target.features : target.features.slice(0, TOP);
  return (
    <section aria-label={`Global SHAP of ${modelLabel}`} className="rank-section">
      <div className="form-row rank-head">
        <div role="group" aria-label="Target" className="segmented">
          {shap.targets.map((t) => (
            <button
              key={t.target}
              type="button"
              className={`btn btn-small${t.target === target.target ? '' : ' btn-ghost'}`}
              aria-pressed={t.target === target.target}
              onClick={() => setTargetName(t.target)}
            >
              {t.target}
            </button>
          ))}
        </div>
        <span className="muted small">
          mean |SHAP| in {target.unit} over {shap.explainedNodes} test performances
        </span>
      </div>
      <ol className="rank-list" aria-label={`Global SHAP ranking of ${modelLabel} for ${target.target}`}>
        {shown.map((f, i) => (
          <li key={f.feature} className="rank-row small" aria-label={`${i + 1}. ${f.feature}: ${formatImportance(f.meanAbs)} ${target.unit}`}>
            <span className="rank-n muted" aria-hidden="true">
              {i + 1}
            </span>
            <span className="rank-label" title={f.feature}>
              {f.feature}
            </span>
            <span className="rank-track" aria-hidden="true">
              <span className="reason-bar" style={{ width: `${(100 * f.meanAbs) / max}%`, background: '#2f5bea' }} />
            </span>
            <span className="rank-value" aria-hidden="true">
              {formatImportance(f.meanAbs)}
            </span>
          </li>
        ))}
      </ol>
      {target.features.length > TOP ? (
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setAll(!all)}>
          {all ? `Top ${TOP} only` : `Show all ${target.features.length} features`}
        </button>
      ) : null}
      <p className="muted small">
        KernelSHAP by the training run: {shap.backgroundRows} background training rows, up to {shap.numSamples} coalitions per performance.
      </p>
    </section>
  );
}
