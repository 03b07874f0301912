import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const ProgramDocument = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      id name status goal daysPerWeek weeks createdAt athleteId
      days {
        index
        label
        prescriptions {
          order exerciseId sets reps weightKg loadPerHand bodyweight restSec targetRpe rationale
          exercise { id name primaryMuscles }
        }
      }
    }
  }
`);

export const GenerateProgramDocument = graphql(`
  mutation GenerateProgram($input: GenerateProgramInput!) {
    generateProgram(input: $input) {
      programId
      athleteId
      daysPerWeek
      weeks {
        index
        deload
        days { index dayOfWeek label prescriptions { exerciseId exerciseName sets reps loadKg loadPerHand bodyweight targetRpe source } }
      }
    }
  }
`);

export const UpdatePrescriptionDocument = graphql(`
  mutation UpdatePrescription($programId: ID!, $dayIndex: Int!, $order: Int!, $patch: PrescriptionPatch!) {
    updatePrescription(programId: $programId, dayIndex: $dayIndex, order: $order, patch: $patch) { id }
  }
`);

export const AssignProgramDocument = graphql(`
  mutation AssignProgram($programId: ID!, $athleteId: ID!) {
    assignProgram(programId: $programId, athleteId: $athleteId) { id status athleteId }
  }
`);

export const MuscleGroupsDocument = graphql(`
  query MuscleGroups {
    muscleGroups { id name region }
  }
`);

export const programKeys = {
  all: ['programs'] as const,
  detail: (id: string) => [...programKeys.all, 'detail', id] as const,
  muscleGroups: () => ['muscle-groups'] as const,
};

export const programOptions = (id: string, request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: programKeys.detail(id), queryFn: () => request(ProgramDocument, { id }) });

export const muscleGroupsOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: programKeys.muscleGroups(), queryFn: () => request(MuscleGroupsDocument, {}), staleTime: 60 * 60_000 });

export const GOALS = [
  { value: 'strength', label: 'Strength' },
  { value: 'hypertrophy', label: 'Hypertrophy' },
  { value: 'general', label: 'General fitness' },
] as const;

export const EQUIPMENT = ['barbell', 'dumbbell', 'cable', 'machine', 'body only', 'kettlebells', 'bands', 'e-z curl bar'] as const;
