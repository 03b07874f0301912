import { flagBadges, type StatusLike } from './athlete-flags';

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
