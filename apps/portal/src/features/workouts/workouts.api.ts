import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { TypedDocumentString } from '~/graphql/gql/graphql';

/*
 * The athlete's logging API of issue 17 (spec17: Athlete.today/personalRecords, Session.exercises,
 * logWorkout with date/day/sets done/restSec, updateWorkout, deleteWorkout). Typed by hand while
 * apps/graphql/schema.graphql does not have these fields yet; once the backend emits them the documents
 * move to `graphql(...)` and these interfaces give way to the generated ones.
 */

export interface PersonalRecord {
  exerciseId: string;
  exerciseName: string;
  kind: string;
  date: string;
  sessionId: string;
  weightKg: number | null;
  reps: number;
  e1rmKg: number | null;
  previousBest: number | null;
}

export interface LoggedSet {
  reps: number | null;
  weightKg: number | null;
  rir: number | null;
  rpe: number | null;
  restSec: number | null;
  done: boolean;
  warmup: boolean;
}

export interface LoggedExercise {
  exerciseId: string;
  exerciseName: string;
  sets: LoggedSet[];
}

export interface LoggedSession {
  id: string;
  date: string;
  title: string | null;
  sets: number;
  performances: number;
  startedAt: string;
  endedAt: string | null;
  durationMin: number | null;
  programId: string | null;
  week: number | null;
  day: number | null;
  notes: string | null;
  exercises: LoggedExercise[];
}

export interface AthleteTraining {
  id: string;
  name: string;
  timeZone: string;
  today: string;
  status: { compliance: { programId: string; completed: number; prescribed: number; ratio: number | null } | null };
  programs: Array<{ id: string; name: string; status: string; goal: string; daysPerWeek: number; startDate: string; createdAt: string }>;
  personalRecords: PersonalRecord[];
  sessions: { sessions: LoggedSession[] };
}

const RECORD_FIELDS = `exerciseId exerciseName kind date sessionId weightKg reps e1rmKg previousBest`;

export const AthleteTrainingDocument = new TypedDocumentString<{ athlete: AthleteTraining | null }, { id: string }>(`
  query AthleteTraining($id: ID!) {
    athlete(id: $id) {
      id
      name
      timeZone
      today
      status {
        compliance { programId completed prescribed ratio }
      }
      programs { id name status goal daysPerWeek startDate createdAt }
      personalRecords(limit: 10) { ${RECORD_FIELDS} }
      sessions(first: 30) {
        sessions {
          id date title sets performances startedAt endedAt durationMin programId week day notes
          exercises {
            exerciseId
            exerciseName
            sets { reps weightKg rir rpe restSec done warmup }
          }
        }
      }
    }
  }
`);

export interface LogSetInput {
  reps: number | null;
  weightKg: number | null;
  rir: number | null;
  rpe: number | null;
  restSec: number | null;
  done: boolean;
  warmup: boolean;
}

export interface LogWorkoutInput {
  athleteId: string;
  date: string;
  programId: string | null;
  week: number | null;
  day: number | null;
  title: string | null;
  startedAt: string | null;
  endedAt: string | null;
  notes: string | null;
  sessionRpe: number | null;
  performances: Array<{ exerciseId: string; sets: LogSetInput[] }>;
}

export interface AdjustmentChange {
  week: number;
  day: number;
  order: number;
  date: string;
  exerciseName: string;
  reason: string;
}

export interface LoggedWorkoutResult {
  sessionId: string;
  performances: number;
  sets: number;
  adjustments: AdjustmentChange[];
  records: PersonalRecord[];
}

const RESULT_FIELDS = `
  sessionId
  performances
  sets
  adjustments { week day order date exerciseName reason }
  records { ${RECORD_FIELDS} }
`;

export const LogWorkoutDocument = new TypedDocumentString<{ logWorkout: LoggedWorkoutResult }, { input: LogWorkoutInput }>(`
  mutation LogDatedWorkout($input: LogWorkoutInput!) {
    logWorkout(input: $input) {${RESULT_FIELDS}}
  }
`);

export const UpdateWorkoutDocument = new TypedDocumentString<
  { updateWorkout: LoggedWorkoutResult },
  { sessionId: string; input: LogWorkoutInput }
>(`
  mutation UpdateWorkout($sessionId: ID!, $input: LogWorkoutInput!) {
    updateWorkout(sessionId: $sessionId, input: $input) {${RESULT_FIELDS}}
  }
`);

export const DeleteWorkoutDocument = new TypedDocumentString<{ deleteWorkout: boolean }, { sessionId: string }>(`
  mutation DeleteWorkout($sessionId: ID!) {
    deleteWorkout(sessionId: $sessionId)
  }
`);

export const trainingKeys = {
  athlete: (athleteId: string) => ['athletes', 'detail', athleteId, 'dated-training'] as const,
};

export const athleteTrainingOptions = (athleteId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: trainingKeys.athlete(athleteId),
    queryFn: () => request(AthleteTrainingDocument, { id: athleteId }),
    enabled: athleteId !== '',
  });

export const AthleteTodayDocument = new TypedDocumentString<{ athlete: { id: string; today: string } | null }, { id: string }>(`
  query AthleteToday($id: ID!) {
    athlete(id: $id) {
      id
      today
    }
  }
`);

/** The athlete's today (their time zone, the server's clock). */
export const athleteTodayOptions = (athleteId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: [...trainingKeys.athlete(athleteId), 'today'] as const,
    queryFn: () => request(AthleteTodayDocument, { id: athleteId }),
    enabled: athleteId !== '',
  });
