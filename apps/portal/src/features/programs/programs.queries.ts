import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';
import type { EquipmentLimitsInput } from '~/graphql/gql/graphql';

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

/** Form field names of the builder's optional gym limits and the GraphQL fields they fill. */
export const EQUIPMENT_LIMIT_FIELDS = { heaviestDumbbellKg: 'heaviestDumbbellKg', smallestPlateKg: 'smallestPlateKg' } as const;

/**
 * The builder's "Heaviest dumbbell (kg)" and "Smallest plate (kg)" as generateProgram's
 * `equipmentLimits`: an empty field does not limit; null when neither is filled in. A value the API
 * refuses (0, negative) is passed on so its message names the field.
 */
export function equipmentLimitsFromForm(form: FormData): EquipmentLimitsInput | null {
  const kg = (name: string): number | null => {
    const raw = form.get(name);
    const text = typeof raw === 'string' ? raw.trim().replace(',', '.') : '';
    return text === '' ? null : Number(text);
  };
  const heaviestDumbbellKg = kg(EQUIPMENT_LIMIT_FIELDS.heaviestDumbbellKg);
  const smallestPlateKg = kg(EQUIPMENT_LIMIT_FIELDS.smallestPlateKg);
  if (heaviestDumbbellKg === null && smallestPlateKg === null) return null;
  return { ...(heaviestDumbbellKg !== null && { heaviestDumbbellKg }), ...(smallestPlateKg !== null && { smallestPlateKg }) };
}
