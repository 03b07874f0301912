import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';

import { graphql } from '~/graphql/gql';
import type { DatedProgramFieldsFragment } from '~/graphql/gql/graphql';

/** done | missed | skipped | today | upcoming, as of the athlete's today (server clock). */
export type DayState = 'done' | 'missed' | 'skipped' | 'today' | 'upcoming';

/** A program on dates, as the calendar, the logging form and the coming-up list read it. */
export const DatedProgramFieldsFragmentDoc = graphql(`
  fragment DatedProgramFields on Program {
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
  }
`);

export type DatedProgram = DatedProgramFieldsFragment;
export type DatedWeek = DatedProgram['weeks'][number];
export type DatedDay = DatedWeek['days'][number];
export type DatedPrescription = DatedDay['prescriptions'][number];

export const DatedProgramDocument = graphql(`
  query DatedProgram($id: ID!) {
    program(id: $id) {
      ...DatedProgramFields
    }
  }
`);

export const MoveSessionDocument = graphql(`
  mutation MoveSession($programId: ID!, $week: Int!, $day: Int!, $date: String!) {
    moveSession(programId: $programId, week: $week, day: $day, date: $date) {
      ...DatedProgramFields
    }
  }
`);

export const SkipSessionDocument = graphql(`
  mutation SkipSession($programId: ID!, $week: Int!, $day: Int!, $skipped: Boolean!) {
    skipSession(programId: $programId, week: $week, day: $day, skipped: $skipped) {
      ...DatedProgramFields
    }
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
