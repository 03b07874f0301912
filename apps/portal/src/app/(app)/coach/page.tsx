import { AddAthleteForm } from '~/features/athletes/add-athlete-form';
import { RosterTable } from '~/features/athletes/roster-table';

export const metadata = { title: 'Roster · Liftgraph' };

export default function CoachRosterPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Roster</h1>
          <p className="muted">Load, fatigue and compliance at a glance. ACWR sweet spot 0.8–1.3; values the API flags are coloured.</p>
        </div>
        <AddAthleteForm />
      </div>
      <RosterTable />
    </>
  );
}
