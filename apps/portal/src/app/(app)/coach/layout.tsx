import type { ReactNode } from 'react';
import './coach.css';

/** The coach's pages (roster, athlete page, builder, program editor) with their own styles. */
export default function CoachLayout({ children }: { children: ReactNode }) {
  return <div className="coach-area">{children}</div>;
}
