import { acwrTone, flagBadges, formatNumber, type StatusLike } from './athlete-flags';

export function FlagBadges({ status }: { status: StatusLike }) {
  return (
    <span className="flags">
      {flagBadges(status).map((b) => (
        <span key={b.code} className={`badge badge-${b.tone}`} title={b.detail}>
          {b.label}
        </span>
      ))}
    </span>
  );
}

/** The ACWR value, coloured only when the API flags it (roster and athlete page alike). */
export function AcwrValue({ status }: { status: StatusLike }) {
  const tone = acwrTone(status);
  const text = formatNumber(status.acwr, 2);
  return tone === 'info' ? <span className="acwr-plain">{text}</span> : <span className={`badge badge-${tone}`}>{text}</span>;
}
