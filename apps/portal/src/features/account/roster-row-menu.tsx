import Link from 'next/link';
import styles from './account.module.css';

/** A roster row's account menu: invite the athlete or remove them, both on the athlete page's Account panel. */
export function RosterRowMenu({ athleteId, athleteName }: { athleteId: string; athleteName: string }) {
  const account = `/coach/athletes/${encodeURIComponent(athleteId)}#account`;
  return (
    <details className={styles.menu}>
      <summary aria-label={`Account actions for ${athleteName}`} title="Invite, reset link, remove">
        ⋯
      </summary>
      <div className={styles.menuItems}>
        <Link href={account}>Invite to Liftgraph</Link>
        <Link href={account}>Reset link</Link>
        <Link href={account}>Remove from my roster</Link>
      </div>
    </details>
  );
}
