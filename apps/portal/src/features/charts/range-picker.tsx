'use client';

import styles from './charts.module.css';
import { type DateRange, RANGES, type RangeKey } from './date-range';

/** 4 weeks / 12 weeks / 1 year / all / custom, with from–to dates for custom. */
export function RangePicker({
  value,
  custom,
  onChange,
  onCustom,
}: {
  value: RangeKey;
  custom: DateRange;
  onChange: (key: RangeKey) => void;
  onCustom: (range: DateRange) => void;
}) {
  return (
    <div className={styles.range} role="group" aria-label="Date range">
      <div className={styles.rangeButtons}>
        {RANGES.map((r) => (
          <button
            key={r.key}
            type="button"
            aria-pressed={value === r.key}
            className={`btn ${value === r.key ? '' : 'btn-ghost'} ${styles.tap}`}
            onClick={() => onChange(r.key)}
          >
            {r.label}
          </button>
        ))}
      </div>
      {value === 'custom' ? (
        <div className={styles.rangeButtons}>
          <label>
            From
            <input
              type="date"
              className={styles.tap}
              value={custom.from ?? ''}
              onChange={(e) => onCustom({ ...custom, from: e.target.value || null })}
            />
          </label>
          <label>
            To
            <input
              type="date"
              className={styles.tap}
              value={custom.to ?? ''}
              onChange={(e) => onCustom({ ...custom, to: e.target.value || null })}
            />
          </label>
        </div>
      ) : null}
    </div>
  );
}
