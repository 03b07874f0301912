import { describeFieldErrors, type EQUIPMENT_VALUES, type Goal, parsePlanRequest } from '@liftgraph/domain/program';
import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';
import type { EquipmentLimitsInput, GenerateProgramInput } from '~/graphql/gql/graphql';
import type { WeightUnit } from '@liftgraph/domain/program';
import { kgFromInput } from '~/lib/format-units';

/** The one program query: the builder's preview, week grid and block overview and the athlete's week all render from it. */
export const ProgramDocument = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      id
      name
      status
      goal
      daysPerWeek
      startDate
      createdAt
      athleteId
      athlete {
        id
        name
      }
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
            adjustment {
              reason
              date
              by
              previousSets
              previousReps
              previousLoadKg
              previousTargetRpe
            }
            source
          }
        }
      }
    }
  }
`);

/** Generates and stores a draft; the builder then shows it through ProgramDocument. */
export const GenerateProgramDocument = graphql(`
  mutation GenerateProgram($input: GenerateProgramInput!) {
    generateProgram(input: $input) {
      id
      athleteId
    }
  }
`);

export const UpdatePrescriptionDocument = graphql(`
  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {
    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) {
      id
    }
  }
`);

export const AssignProgramDocument = graphql(`
  mutation AssignProgram($programId: ID!, $athleteId: ID!) {
    assignProgram(programId: $programId, athleteId: $athleteId) {
      id
      status
      athleteId
    }
  }
`);

/** Every coach edit of a program (update, swap, add, remove, reorder, lock) with its scope; answers the program as stored. */
export const EditProgramDocument = graphql(`
  mutation EditProgram($programId: ID!, $edit: ProgramEditInput!) {
    editProgram(programId: $programId, edit: $edit) {
      id
    }
  }
`);

/** Graph-ranked substitutes of one prescription, each with a plain reason and the load carried over. */
export const SwapOptionsDocument = graphql(`
  query SwapOptions($programId: ID!, $week: Int!, $day: Int!, $order: Int!) {
    swapOptions(programId: $programId, week: $week, day: $day, order: $order) {
      exerciseId
      exercise {
        id
        name
        equipment
      }
      reason
      loadKg
      loadPerHand
      bodyweight
      loadBasis
      score
    }
  }
`);

export const CopyProgramDocument = graphql(`
  mutation CopyProgram($programId: ID!, $athleteId: ID, $startDate: String, $asTemplate: Boolean) {
    copyProgram(programId: $programId, athleteId: $athleteId, startDate: $startDate, asTemplate: $asTemplate) {
      id
      status
      athleteId
    }
  }
`);

export const ArchiveProgramDocument = graphql(`
  mutation ArchiveProgram($programId: ID!) {
    archiveProgram(programId: $programId) {
      id
      status
    }
  }
`);

export const DeleteProgramDocument = graphql(`
  mutation DeleteProgram($programId: ID!) {
    deleteProgram(programId: $programId)
  }
`);

export const ProgramTemplatesDocument = graphql(`
  query ProgramTemplates {
    programTemplates {
      id
      name
      goal
      daysPerWeek
      createdAt
      weeks {
        index
      }
    }
  }
`);

export const AssignTemplateDocument = graphql(`
  mutation AssignTemplate($templateId: ID!, $athleteIds: [ID!]!, $startDate: String!) {
    assignTemplate(templateId: $templateId, athleteIds: $athleteIds, startDate: $startDate) {
      id
      athleteId
      status
    }
  }
`);

export const MuscleGroupsDocument = graphql(`
  query MuscleGroups {
    muscleGroups {
      id
      name
      region
    }
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
] as const satisfies ReadonlyArray<{ value: Goal; label: string }>;

export const EQUIPMENT = [
  'barbell',
  'dumbbell',
  'cable',
  'machine',
  'body only',
  'kettlebells',
  'bands',
  'e-z curl bar',
] as const satisfies ReadonlyArray<(typeof EQUIPMENT_VALUES)[number]>;

/** Form field names of the builder's optional gym limits and the GraphQL fields they fill. */
export const EQUIPMENT_LIMIT_FIELDS = { heaviestDumbbellKg: 'heaviestDumbbellKg', smallestPlateKg: 'smallestPlateKg' } as const;

/**
 * The builder's "Heaviest dumbbell" and "Smallest plate" (typed in the viewer's `unit`, sent in kg) as
 * generateProgram's `equipmentLimits`: an empty field does not limit; null when neither is filled in. A
 * value the API refuses (0, negative) is passed on so its message names the field.
 */
export function equipmentLimitsFromForm(form: FormData, unit: WeightUnit = 'kg'): EquipmentLimitsInput | null {
  const kg = (name: string): number | null => {
    const raw = form.get(name);
    const text = typeof raw === 'string' ? raw.trim().replace(',', '.') : '';
    const typed = text === '' ? null : Number(text);
    return typed === null || !Number.isFinite(typed) || typed <= 0 ? typed : kgFromInput(typed, { unit });
  };
  const heaviestDumbbellKg = kg(EQUIPMENT_LIMIT_FIELDS.heaviestDumbbellKg);
  const smallestPlateKg = kg(EQUIPMENT_LIMIT_FIELDS.smallestPlateKg);
  if (heaviestDumbbellKg === null && smallestPlateKg === null) return null;
  return { ...(heaviestDumbbellKg !== null && { heaviestDumbbellKg }), ...(smallestPlateKg !== null && { smallestPlateKg }) };
}

/** The builder's refusal when no equipment is ticked: an empty list would read as "every kind" downstream. */
export const NO_EQUIPMENT_MESSAGE = 'equipment: none ticked; tick what the athlete has ("body only" for training without equipment)';

/**
 * The builder's settings checked against the domain's plan request before anything is sent: the same
 * bounds and words as the API and the planner (`weeks must be a whole number from 1 to 12, got 16`).
 * Null when they pass. No equipment ticked is refused here (never sent as "everything").
 */
export function builderInputError(input: GenerateProgramInput): string | null {
  if (input.equipment !== undefined && input.equipment.length === 0) return NO_EQUIPMENT_MESSAGE;
  const limits = input.equipmentLimits;
  const parsed = parsePlanRequest({
    athleteId: input.athleteId,
    daysPerWeek: input.daysPerWeek,
    goal: input.goal,
    weeks: input.weeks,
    sessionTimeCapMin: input.sessionTimeCapMin,
    excludedMuscles: input.excludedMuscles,
    ...(input.startDate != null && input.startDate !== '' && { startDate: input.startDate }),
    ...(input.equipment !== undefined && input.equipment.length > 0 && { equipment: input.equipment }),
    equipmentLimits: {
      ...(limits?.heaviestDumbbellKg != null && { heaviestDumbbellKg: limits.heaviestDumbbellKg }),
      ...(limits?.smallestPlateKg != null && { smallestPlateKg: limits.smallestPlateKg }),
    },
  });
  return parsed.ok ? null : describeFieldErrors(parsed.errors);
}

/** One prescription slot of a stored program. */
export interface ProgramSlot {
  programId: string;
  week: number;
  day: number;
  order: number;
}

export const swapOptionsOptions = (slot: ProgramSlot, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: [...programKeys.detail(slot.programId), 'swap', slot.week, slot.day, slot.order] as const,
    queryFn: () => request(SwapOptionsDocument, { ...slot }),
  });

export const programTemplatesOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: [...programKeys.all, 'templates'] as const, queryFn: () => request(ProgramTemplatesDocument, {}) });
