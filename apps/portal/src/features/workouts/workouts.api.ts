import { queryOptions } from '@tanstack/react-query';
import { athleteKeys } from '~/features/athletes/athletes.queries';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';
import type { AthleteTrainingQuery, LoggedWorkoutFieldsFragment, PersonalRecordFieldsFragment } from '~/graphql/gql/graphql';

export type { LogWorkoutInput, WorkoutSetInput as LogSetInput } from '~/graphql/gql/graphql';

export const PersonalRecordFieldsFragmentDoc = graphql(`
  fragment PersonalRecordFields on PersonalRecord {
    exerciseId
    exerciseName
    kind
    date
    sessionId
    weightKg
    reps
    e1rmKg
    previousBest
  }
`);

export const AthleteTrainingDocument = graphql(`
  query AthleteTraining($id: ID!) {
    athlete(id: $id) {
      id
      name
      timeZone
      unit
      today
      status {
        compliance {
          programId
          completed
          prescribed
          ratio
        }
      }
      programs {
        id
        name
        status
        goal
        daysPerWeek
        startDate
        createdAt
      }
      personalRecords(limit: 10) {
        ...PersonalRecordFields
      }
      sessions(first: 30) {
        sessions {
          id
          date
          title
          sets
          performances
          startedAt
          endedAt
          durationMin
          sessionRpe
          programId
          week
          day
          notes
          exercises {
            exerciseId
            exerciseName
            sets {
              reps
              weightKg
              rir
              rpe
              restSec
              done
              warmup
            }
          }
        }
      }
    }
  }
`);

export type AthleteTraining = NonNullable<AthleteTrainingQuery['athlete']>;
export type LoggedSession = AthleteTraining['sessions']['sessions'][number];
export type PersonalRecord = PersonalRecordFieldsFragment;
export type LoggedWorkoutResult = LoggedWorkoutFieldsFragment;
export type AdjustmentChange = LoggedWorkoutResult['adjustments'][number];

/** What the API answers to a logged or corrected session: what autoregulation changed and the records set. */
export const LoggedWorkoutFieldsFragmentDoc = graphql(`
  fragment LoggedWorkoutFields on LoggedWorkout {
    sessionId
    performances
    sets
    adjustments {
      week
      day
      order
      date
      exerciseName
      reason
    }
    records {
      ...PersonalRecordFields
    }
  }
`);

export const LogWorkoutDocument = graphql(`
  mutation LogDatedWorkout($input: LogWorkoutInput!) {
    logWorkout(input: $input) {
      ...LoggedWorkoutFields
    }
  }
`);

export const UpdateWorkoutDocument = graphql(`
  mutation UpdateWorkout($sessionId: ID!, $input: LogWorkoutInput!) {
    updateWorkout(sessionId: $sessionId, input: $input) {
      ...LoggedWorkoutFields
    }
  }
`);

export const DeleteWorkoutDocument = graphql(`
  mutation DeleteWorkout($sessionId: ID!) {
    deleteWorkout(sessionId: $sessionId)
  }
`);

/** Under the athlete's detail key: invalidating `athleteKeys.detail(id)` refreshes it too. */
export const trainingKeys = {
  athlete: (athleteId: string) => [...athleteKeys.detail(athleteId), 'dated-training'] as const,
};

export const athleteTrainingOptions = (athleteId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: trainingKeys.athlete(athleteId),
    queryFn: () => request(AthleteTrainingDocument, { id: athleteId }),
    enabled: athleteId !== '',
  });
