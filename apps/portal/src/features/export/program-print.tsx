'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Empty, ErrorState, Loading } from '~/components/states';
import { shortDate } from '~/features/programs/program-dates';
import { programOptions } from '~/features/programs/programs.queries';
import { PrescriptionSummary } from '~/features/programs/prescription-summary';
import styles from './program-print.module.css';

/**
 * A program on paper: every week and day with its date, each prescription's dose, rest and reason, and an empty
 * column to write what was done. No navigation; a Print button on screen only; each week starts a page.
 */
export function ProgramPrint({ programId }: { programId: string }) {
  const query = useQuery(programOptions(programId));
  if (query.isPending) return <Loading label="Loading the program" />;
  if (query.error) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  const program = query.data.program;
  if (!program) return <Empty title="Program not found" />;
  const weeks = program.weeks.length;
  return (
    <article className={styles.sheet} data-testid="program-print">
      <header className={styles.head}>
        <div>
          <h1 style={{ margin: '0 0 0.25rem' }}>{program.name}</h1>
          <p style={{ margin: '0 0 0.75rem' }}>
            {program.athlete ? `${program.athlete.name} · ` : ''}
            {program.goal} · {program.daysPerWeek} days a week · {weeks} weeks · from {shortDate(program.startDate)}
          </p>
        </div>
        <div className={`form-row ${styles.screenOnly}`}>
          <button type="button" className="btn" onClick={() => window.print()}>
            Print
          </button>
          <Link className="btn btn-ghost" href={`/coach/programs/${encodeURIComponent(program.id)}`}>
            Back to the program
          </Link>
        </div>
      </header>
      {program.weeks.map((week) => (
        <section key={week.index} className={styles.week}>
          <h2 style={{ margin: 0 }}>
            Week {week.index + 1} of {weeks}
            {week.deload ? ' (deload)' : ''}
          </h2>
          {week.days.map((day) => (
            <div key={day.index} className={styles.day}>
              <h3>
                {shortDate(day.date)} · {day.label}
                {day.status === 'skipped' ? ' (skipped)' : ''}
              </h3>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Exercise</th>
                    <th scope="col">Prescribed</th>
                    <th scope="col" className={styles.done}>
                      Done
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {day.prescriptions.map((rx) => (
                    <tr key={rx.order}>
                      <td>{rx.exerciseName}</td>
                      <td>
                        <span className={styles.dose}>
                          <PrescriptionSummary rx={rx} />
                        </span>
                      </td>
                      <td />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
