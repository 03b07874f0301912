import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const MyTrainingDocument = graphql(`
  query MyTraining($id: ID!) {
    athlete(id: $id) {
      id
      name
      status {
        compliance {
          programId
          completed
          prescribed
          ratio
        }
        lastSessionDate
      }
      programs {
        id
        name
        status
        goal
        daysPerWeek
        weeks {
          index
        }
        createdAt
      }
      sessions(first: 5) {
        sessions {
          id
          date
          title
          sets
          performances
        }
      }
    }
  }
`);

export const LogWorkoutDocument = graphql(`
  mutation LogWorkout($input: LogWorkoutInput!) {
    logWorkout(input: $input) {
      sessionId
      performances
      sets
    }
  }
`);

export const workoutKeys = {
  mine: (athleteId: string) => ['athletes', 'detail', athleteId, 'training'] as const,
};

export const myTrainingOptions = (athleteId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: workoutKeys.mine(athleteId), queryFn: () => request(MyTrainingDocument, { id: athleteId }) });
