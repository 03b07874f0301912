import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { TypedDocumentString } from '~/graphql/gql/graphql';

/*
 * The dated program API of issue 17 (spec17: ProgramDay.date/state, moveSession, skipSession). Typed by
 * hand while apps/graphql/schema.graphql does not have these fields yet; once the backend emits them the
 * documents move to `graphql(...)` and these interfaces give way to the generated ones.
 */

/** done | missed | skipped | today | upcoming, as of the athlete's today (server clock). */
export type DayState = 'done' | 'missed' | 'skipped' | 'today' | 'upcoming';

export interface PrescriptionAdjustment {
  reason: string;
  date: string;
  by: string;
  previousSets: number | null;
  previousReps: number | null;
  previousLoadKg: number | null;
  previousTargetRpe: number | null;
}

export interface DatedPrescription {
  order: number;
  exerciseId: string;
  exerciseName: string;
  sets: number;
  reps: number;
  loadKg: number | null;
  loadPerHand: boolean;
  bodyweight: boolean;
  restSec: number;
  targetRpe: number;
  rationale: string;
  details: string;
  locked: boolean;
  source: string;
  adjustment: PrescriptionAdjustment | null;
  /** The catalog exercise (its equipment sets the warm-up ramp); null for a custom exercise. */
  exercise: { equipment: string | null } | null;
}

export interface DatedDay {
  index: number;
  dayOfWeek: number;
  date: string;
  status: string;
  state: DayState;
  sessionId: string | null;
  label: string;
  prescriptions: DatedPrescription[];
}

export interface DatedWeek {
  index: number;
  deload: boolean;
  days: DatedDay[];
}

export interface DatedProgram {
  id: string;
  name: string;
  status: string;
  goal: string;
  daysPerWeek: number;
  startDate: string;
  athleteId: string;
  weeks: DatedWeek[];
}

const PROGRAM_FIELDS = `
  id
  name
  status
  goal
  daysPerWeek
  startDate
  athleteId
  weeks {
    index
    deload
    days {
      index
      dayOfWeek
      date
      status
      state
      sessionId
      label
      prescriptions {
        order
        exerciseId
        exerciseName
        sets
        reps
        loadKg
        loadPerHand
        bodyweight
        restSec
        targetRpe
        rationale
        details
        locked
        source
        exercise {
          equipment
        }
        adjustment {
          reason
          date
          by
          previousSets
          previousReps
          previousLoadKg
          previousTargetRpe
        }
      }
    }
  }
`;

export const DatedProgramDocument = new TypedDocumentString<{ program: DatedProgram | null }, { id: string }>(`
  query DatedProgram($id: ID!) {
    program(id: $id) {${PROGRAM_FIELDS}}
  }
`);

export const MoveSessionDocument = new TypedDocumentString<
  { moveSession: DatedProgram },
  { programId: string; week: number; day: number; date: string }
>(`
  mutation MoveSession($programId: ID!, $week: Int!, $day: Int!, $date: String!) {
    moveSession(programId: $programId, week: $week, day: $day, date: $date) {${PROGRAM_FIELDS}}
  }
`);

export const SkipSessionDocument = new TypedDocumentString<
  { skipSession: DatedProgram },
  { programId: string; week: number; day: number; skipped: boolean }
>(`
  mutation SkipSession($programId: ID!, $week: Int!, $day: Int!, $skipped: Boolean!) {
    skipSession(programId: $programId, week: $week, day: $day, skipped: $skipped) {${PROGRAM_FIELDS}}
  }
`);

export const calendarKeys = {
  program: (programId: string) => ['programs', 'dated', programId] as const,
};

export const datedProgramOptions = (programId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: calendarKeys.program(programId),
    queryFn: () => request(DatedProgramDocument, { id: programId }),
    enabled: programId !== '',
  });
