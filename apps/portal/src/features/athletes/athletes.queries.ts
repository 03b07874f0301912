import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const RosterDocument = graphql(`
  query Roster {
    athletes {
      id
      name
      today
      status {
        asOf
        weekLoadAu
        monotony
        strain
        acwr
        lastSessionDate
        daysSinceLastSession
        compliance {
          programId
          completed
          prescribed
          ratio
        }
        flags {
          code
          message
        }
      }
    }
  }
`);

export const AthleteDetailDocument = graphql(`
  query AthleteDetail($id: ID!) {
    athlete(id: $id) {
      id
      name
      sex
      bodyweightKg
      timeZone
      today
      status {
        asOf
        weekLoadAu
        monotony
        strain
        acwr
        lastSessionDate
        daysSinceLastSession
        compliance {
          programId
          completed
          prescribed
          ratio
        }
        flags {
          code
          message
        }
      }
      weeklyLoad {
        weekStart
        load
        monotony
        strain
        acwrEwma
        acwrRolling
      }
      weeklyHardSets {
        weekStart
        muscles {
          muscle
          sets
        }
      }
      sessions(first: 8) {
        sessions {
          id
          date
          title
          durationMin
          performances
          sets
        }
      }
      programs {
        id
        name
        status
        goal
        daysPerWeek
        startDate
        athleteId
        weeks {
          index
        }
        createdAt
      }
    }
  }
`);

export const E1rmSeriesDocument = graphql(`
  query E1rmSeries($id: ID!, $exerciseId: ID!) {
    athlete(id: $id) {
      id
      e1rmSeries(exerciseId: $exerciseId) {
        date
        e1rmKg
        lowKg
        highKg
        sessionE1rmKg
        sessionId
      }
    }
  }
`);

export const PredictionsDocument = graphql(`
  query Predictions($athleteId: ID!) {
    predictions(athleteId: $athleteId) {
      exerciseId
      exercise {
        id
        name
      }
      nextWeightKg
      nextReps
      nextRestSec
      source
      rationale
      reasons {
        feature
        contribution
        unit
        note
      }
      explanation {
        status
        note
        role
        performanceDate
        model {
          version
          name
          verdict
        }
        targets {
          target
          unit
          lastValue
          baseValue
          prediction
          otherContribution
          efficiencyGap
          reasons {
            feature
            label
            value
            valueUnit
            contribution
            direction
          }
        }
      }
    }
  }
`);

/** A new athlete with no history; a coach creating one becomes their coach. */
export const CreateAthleteDocument = graphql(`
  mutation CreateAthlete($input: CreateAthleteInput!) {
    createAthlete(input: $input) {
      id
      name
    }
  }
`);

export const athleteKeys = {
  all: ['athletes'] as const,
  roster: () => [...athleteKeys.all, 'roster'] as const,
  detail: (id: string) => [...athleteKeys.all, 'detail', id] as const,
  e1rm: (id: string, exerciseId: string) => [...athleteKeys.detail(id), 'e1rm', exerciseId] as const,
  predictions: (id: string) => [...athleteKeys.detail(id), 'predictions'] as const,
};

export const rosterOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: athleteKeys.roster(), queryFn: () => request(RosterDocument, {}) });

export const athleteDetailOptions = (id: string, request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: athleteKeys.detail(id), queryFn: () => request(AthleteDetailDocument, { id }) });

export const e1rmSeriesOptions = (id: string, exerciseId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: athleteKeys.e1rm(id, exerciseId), queryFn: () => request(E1rmSeriesDocument, { id, exerciseId }) });

export const predictionsOptions = (id: string, request: GqlRequest = gqlRequest) =>
  // Predictions come from the planner's model; one minute fresh is plenty and spares the planner.
  queryOptions({
    queryKey: athleteKeys.predictions(id),
    queryFn: () => request(PredictionsDocument, { athleteId: id }),
    staleTime: 60_000,
  });
