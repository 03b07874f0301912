import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const ExerciseSearchDocument = graphql(`
  query ExerciseSearch($text: String!, $limit: Int!) {
    exercises(filter: { text: $text }, limit: $limit) {
      id
      name
      equipment
      mechanic
      pattern
      primaryMuscles
    }
  }
`);

export const ExerciseNeighboursDocument = graphql(`
  query ExerciseNeighbours($id: ID!) {
    exercise(id: $id) {
      id
      name
      equipment
      mechanic
      pattern
      targets {
        muscle
        role
        share
      }
    }
    exerciseNeighbours(id: $id, limit: 6) {
      kind
      direction
      weight
      basis
      exercise {
        id
        name
        equipment
        mechanic
        pattern
      }
    }
  }
`);

export const MuscleExercisesDocument = graphql(`
  query MuscleExercises {
    muscleGroups {
      id
      name
      region
      exercises {
        id
        name
        equipment
        mechanic
        pattern
      }
    }
  }
`);

export const exerciseKeys = {
  all: ['exercises'] as const,
  search: (text: string, limit: number) => [...exerciseKeys.all, 'search', text.trim().toLowerCase(), limit] as const,
  neighbours: (id: string) => [...exerciseKeys.all, 'neighbours', id] as const,
  muscles: () => [...exerciseKeys.all, 'muscles'] as const,
};

export const exerciseSearchOptions = (text: string, limit = 8, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: exerciseKeys.search(text, limit),
    queryFn: () => request(ExerciseSearchDocument, { text: text.trim(), limit }),
    staleTime: 10 * 60_000,
    enabled: text.trim().length >= 2,
  });

export const exerciseNeighboursOptions = (id: string, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: exerciseKeys.neighbours(id),
    queryFn: () => request(ExerciseNeighboursDocument, { id }),
    staleTime: 10 * 60_000,
  });

export const muscleExercisesOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: exerciseKeys.muscles(), queryFn: () => request(MuscleExercisesDocument, {}), staleTime: 60 * 60_000 });
