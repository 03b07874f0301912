'use client';

import { useQuery } from '@tanstack/react-query';
import { QueryState } from '~/components/states';
import { datedProgramOptions } from '~/features/calendar/calendar.api';
import { ProgramCalendar } from '~/features/calendar/program-calendar';
import { athleteKeys } from './athletes.queries';

/** The coach's view of the athlete's active program on dates (the athlete page's calendar, shared): move or skip a session. */
export function AthleteCalendar({ athleteId, programId, today }: { athleteId: string; programId: string; today: string }) {
  const program = useQuery(datedProgramOptions(programId));
  return (
    <QueryState query={program} label="Loading the calendar" isEmpty={(d) => d.program === null}>
      {(d) => (d.program ? <ProgramCalendar program={d.program} today={today} invalidate={[athleteKeys.detail(athleteId)]} /> : null)}
    </QueryState>
  );
}
