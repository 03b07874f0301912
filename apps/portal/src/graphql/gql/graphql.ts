/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new athlete with no history; a coach creating one becomes their coach. */
export type CreateAthleteInput = {
  bodyweightKg?: number | null | undefined;
  /** Default: generated from the name. */
  id?: string | null | undefined;
  name: string;
  /** IANA time zone (Europe/Paris); default UTC. */
  timeZone?: string | null | undefined;
  /** kg | lbs (default kg). */
  unit?: string | null | undefined;
};

export type CreateCoachInput = {
  email: string;
  name: string;
  organisationId: string;
  /** At least 10 characters. */
  password: string;
};

/** What the gym has, when it limits loads; a field left out does not limit. */
export type EquipmentLimitsInput = {
  /** Heaviest dumbbell, kg (one implement): no per-hand dumbbell load is prescribed above it. Above 0, at most 250. */
  heaviestDumbbellKg?: number | null | undefined;
  /** Smallest plate, kg: a bar takes two, so barbell loads move in steps of twice it. Above 0, at most 25. */
  smallestPlateKg?: number | null | undefined;
};

/** What the planner is asked for; checked against the domain's plan request (its bounds) before the planner is called. */
export type GenerateProgramInput = {
  athleteId: string;
  /** 3, 5 or 6 */
  daysPerWeek: number;
  /** Available equipment; empty = everything. */
  equipment?: Array<string>;
  /** Heaviest dumbbell and smallest plate, when the gym limits loads. */
  equipmentLimits?: EquipmentLimitsInput | null | undefined;
  excludedExerciseIds?: Array<string>;
  excludedMuscles?: Array<string>;
  /** strength | hypertrophy | general */
  goal: string;
  /** Exercises to keep in the program. */
  priorityExerciseIds?: Array<string>;
  /** Muscle groups to favour. */
  priorityMuscles?: Array<string>;
  /** Minutes per session, 20–240. */
  sessionTimeCapMin?: number;
  /** First day of the block (YYYY-MM-DD, a Monday). */
  startDate?: string | null | undefined;
  /** 3-day layout: full-body (default) or push-pull-legs. */
  threeDaySplit?: string | null | undefined;
  /** Block length, 1–12 weeks; the last week of a block of 4 or more is a deload. */
  weeks?: number;
};

/** One session the athlete did, optionally fulfilling a program's day. */
export type LogWorkoutInput = {
  athleteId: string;
  /** Day of the session (YYYY-MM-DD, the athlete's time zone); default their today. Back-dating allowed, a future date refused. */
  date?: string | null | undefined;
  /** 0-based session of the week. */
  day?: number | null | undefined;
  durationMin?: number | null | undefined;
  /** Local end, YYYY-MM-DDTHH:MM[:SS]: the duration (session-RPE load) comes from start and end. */
  endedAt?: string | null | undefined;
  notes?: string | null | undefined;
  performances: Array<WorkoutPerformanceInput>;
  programId?: string | null | undefined;
  /** Session RPE (CR-10), for the session-RPE load. */
  sessionRpe?: number | null | undefined;
  /** Local start, YYYY-MM-DDTHH:MM[:SS]; default the date at 00:00 (or now). */
  startedAt?: string | null | undefined;
  title?: string | null | undefined;
  /** With programId and day: the program day (0-based week) this session fulfils. */
  week?: number | null | undefined;
};

/** A logged exercise name mapped by hand to a catalog exercise (remembered for the organisation). */
export type NameMappingInput = {
  exerciseId: string;
  /** The name as the file writes it. */
  name: string;
};

/** An athlete to create with the import (the importing coach coaches them). */
export type NewAthleteInput = {
  name: string;
  /** kg | lbs (default: the unit the file is read in). */
  unit?: string | null | undefined;
};

/** Only the fields given change. */
export type PrescriptionPatch = {
  /** Read like Prescription.loadKg (each implement when loadPerHand, the added load when bodyweight); the flags do not change. */
  loadKg?: number | null | undefined;
  rationale?: string | null | undefined;
  reps?: number | null | undefined;
  restSec?: number | null | undefined;
  sets?: number | null | undefined;
  targetRpe?: number | null | undefined;
};

/** One edit of a program day: update | swap | add | remove | reorder | lock, on this week only or this and the following weeks (same slot: same exercise, same day index; locked prescriptions untouched). */
export type ProgramEditInput = {
  /** 0-based session of the week */
  day: number;
  /** swap, add: the exercise. */
  exerciseId?: string | null | undefined;
  /** update | swap | add | remove | reorder | lock */
  kind: string;
  /** swap, add: the load (default: carried over from the swap suggestion). */
  loadKg?: number | null | undefined;
  /** lock: true locks, false unlocks. */
  locked?: boolean | null | undefined;
  /** The prescription's place in the day (all kinds but add). */
  order?: number | null | undefined;
  /** update: the fields that change. */
  patch?: PrescriptionPatch | null | undefined;
  /** add: reps (default 8). */
  reps?: number | null | undefined;
  /** this-week | following-weeks */
  scope?: string;
  /** add: sets (default 3). */
  sets?: number | null | undefined;
  /** reorder: the new place in the day. */
  toOrder?: number | null | undefined;
  /** 0-based week of the block */
  week: number;
};

export type SignUpInput = {
  email: string;
  name: string;
  /** The gym or team this coach account starts. */
  organisationName: string;
  /** At least 10 characters. */
  password: string;
};

export type WorkoutPerformanceInput = {
  exerciseId: string;
  sets: Array<WorkoutSetInput>;
};

export type WorkoutSetInput = {
  /** false: a set left blank, stored as not done. */
  done?: boolean;
  /** null only for a set not done (done: false). */
  reps?: number | null | undefined;
  /** Actual rest before the set (s), from the rest timer. */
  restSec?: number | null | undefined;
  rir?: number | null | undefined;
  rpe?: number | null | undefined;
  warmup?: boolean;
  /** kg; null for bodyweight sets. */
  weightKg?: number | null | undefined;
};

export type InviteFieldsFragment = { id: string, athleteId: string, athleteName: string, email: string | null, createdAt: string, expiresAt: string, status: string };

export type InvitesQueryVariables = Exact<{
  athleteId: string;
}>;


export type InvitesQuery = { invites: Array<{ id: string, athleteId: string, athleteName: string, email: string | null, createdAt: string, expiresAt: string, status: string }> };

export type CreateInviteMutationVariables = Exact<{
  athleteId: string;
  email?: string | null | undefined;
}>;


export type CreateInviteMutation = { createInvite: { code: string | null, url: string | null, id: string, athleteId: string, athleteName: string, email: string | null, createdAt: string, expiresAt: string, status: string } };

export type RevokeInviteMutationVariables = Exact<{
  id: string;
}>;


export type RevokeInviteMutation = { revokeInvite: { id: string, athleteId: string, athleteName: string, email: string | null, createdAt: string, expiresAt: string, status: string } };

export type InvitePreviewQueryVariables = Exact<{
  code: string;
}>;


export type InvitePreviewQuery = { invitePreview: { athleteName: string, coachName: string, organisationName: string | null, expiresAt: string } | null };

export type RemoveAthleteMutationVariables = Exact<{
  athleteId: string;
}>;


export type RemoveAthleteMutation = { removeAthlete: boolean };

export type PasswordResetLinkFieldsFragment = { url: string, code: string, expiresAt: string, userEmail: string };

export type IssuePasswordResetMutationVariables = Exact<{
  userId?: string | null | undefined;
  athleteId?: string | null | undefined;
}>;


export type IssuePasswordResetMutation = { issuePasswordReset: { url: string, code: string, expiresAt: string, userEmail: string } };

export type ResetPasswordMutationVariables = Exact<{
  code: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { organisations: Array<{ id: string, name: string, createdAt: string, athleteCount: number, coaches: Array<{ id: string, name: string, email: string }> }> };

export type AdminUserFieldsFragment = { id: string, name: string, email: string, role: string, disabled: boolean, organisation: { id: string, name: string } | null };

export type AdminUsersQueryVariables = Exact<{
  organisationId?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: Array<{ id: string, name: string, email: string, role: string, disabled: boolean, organisation: { id: string, name: string } | null }> };

export type CreateCoachMutationVariables = Exact<{
  input: CreateCoachInput;
}>;


export type CreateCoachMutation = { createCoach: { id: string, name: string, email: string, role: string, disabled: boolean, organisation: { id: string, name: string } | null } };

export type SetUserDisabledMutationVariables = Exact<{
  userId: string;
  disabled: boolean;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string, name: string, email: string, role: string, disabled: boolean, organisation: { id: string, name: string } | null } };

export type RosterQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterQuery = { athletes: Array<{ id: string, name: string, today: string, status: { asOf: string, weekLoadAu: number, monotony: number | null, strain: number | null, acwr: number | null, lastSessionDate: string | null, daysSinceLastSession: number | null, compliance: { programId: string, completed: number, prescribed: number, ratio: number | null } | null, flags: Array<{ code: string, message: string }> } }> };

export type AthleteDetailQueryVariables = Exact<{
  id: string;
}>;


export type AthleteDetailQuery = { athlete: { id: string, name: string, sex: string | null, bodyweightKg: number | null, timeZone: string, today: string, status: { asOf: string, weekLoadAu: number, monotony: number | null, strain: number | null, acwr: number | null, lastSessionDate: string | null, daysSinceLastSession: number | null, compliance: { programId: string, completed: number, prescribed: number, ratio: number | null } | null, flags: Array<{ code: string, message: string }> }, weeklyLoad: Array<{ weekStart: string, load: number, monotony: number | null, strain: number | null, acwrEwma: number | null, acwrRolling: number | null }>, weeklyHardSets: Array<{ weekStart: string, muscles: Array<{ muscle: string, sets: number }> }>, sessions: { sessions: Array<{ id: string, date: string, title: string | null, durationMin: number | null, performances: number, sets: number }> }, programs: Array<{ id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, athleteId: string, createdAt: string, weeks: Array<{ index: number }> }> } | null };

export type E1rmSeriesQueryVariables = Exact<{
  id: string;
  exerciseId: string;
}>;


export type E1rmSeriesQuery = { athlete: { id: string, e1rmSeries: Array<{ date: string, e1rmKg: number, lowKg: number, highKg: number, sessionE1rmKg: number, sessionId: string }> } | null };

export type PredictionsQueryVariables = Exact<{
  athleteId: string;
}>;


export type PredictionsQuery = { predictions: Array<{ exerciseId: string, nextWeightKg: number | null, nextReps: number | null, nextRestSec: number | null, source: string, rationale: string, exercise: { id: string, name: string } | null, reasons: Array<{ feature: string, contribution: number, unit: string | null, note: string | null }>, explanation: { status: string, note: string, role: string | null, performanceDate: string | null, model: { version: string, name: string, verdict: string } | null, targets: Array<{ target: string, unit: string, lastValue: number | null, baseValue: number, prediction: number, otherContribution: number, efficiencyGap: number, reasons: Array<{ feature: string, label: string, value: number | null, valueUnit: string, contribution: number, direction: string }> }> } }> };

export type CreateAthleteMutationVariables = Exact<{
  input: CreateAthleteInput;
}>;


export type CreateAthleteMutation = { createAthlete: { id: string, name: string } };

export type SessionPayloadFragment = { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } } };

export type AcceptInviteMutationVariables = Exact<{
  code: string;
  email: string;
  password: string;
  name?: string | null | undefined;
}>;


export type AcceptInviteMutation = { acceptInvite: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, user: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, role: string, athleteId: string | null, coachId: string | null, organisation: { id: string, name: string } | null } };

export type DatedProgramFieldsFragment = { id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, athleteId: string, weeks: Array<{ index: number, deload: boolean, days: Array<{ index: number, dayOfWeek: number, date: string, status: string, state: string, sessionId: string | null, label: string, prescriptions: Array<{ order: number, exerciseId: string, exerciseName: string, sets: number, reps: number, loadKg: number | null, loadPerHand: boolean, bodyweight: boolean, restSec: number, targetRpe: number, rationale: string, details: string, locked: boolean, source: string, exercise: { equipment: string } | null, adjustment: { reason: string, date: string, by: string, previousSets: number, previousReps: number, previousLoadKg: number | null, previousTargetRpe: number } | null }> }> }> };

export type DatedProgramQueryVariables = Exact<{
  id: string;
}>;


export type DatedProgramQuery = { program: { id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, athleteId: string, weeks: Array<{ index: number, deload: boolean, days: Array<{ index: number, dayOfWeek: number, date: string, status: string, state: string, sessionId: string | null, label: string, prescriptions: Array<{ order: number, exerciseId: string, exerciseName: string, sets: number, reps: number, loadKg: number | null, loadPerHand: boolean, bodyweight: boolean, restSec: number, targetRpe: number, rationale: string, details: string, locked: boolean, source: string, exercise: { equipment: string } | null, adjustment: { reason: string, date: string, by: string, previousSets: number, previousReps: number, previousLoadKg: number | null, previousTargetRpe: number } | null }> }> }> } | null };

export type MoveSessionMutationVariables = Exact<{
  programId: string;
  week: number;
  day: number;
  date: string;
}>;


export type MoveSessionMutation = { moveSession: { id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, athleteId: string, weeks: Array<{ index: number, deload: boolean, days: Array<{ index: number, dayOfWeek: number, date: string, status: string, state: string, sessionId: string | null, label: string, prescriptions: Array<{ order: number, exerciseId: string, exerciseName: string, sets: number, reps: number, loadKg: number | null, loadPerHand: boolean, bodyweight: boolean, restSec: number, targetRpe: number, rationale: string, details: string, locked: boolean, source: string, exercise: { equipment: string } | null, adjustment: { reason: string, date: string, by: string, previousSets: number, previousReps: number, previousLoadKg: number | null, previousTargetRpe: number } | null }> }> }> } };

export type SkipSessionMutationVariables = Exact<{
  programId: string;
  week: number;
  day: number;
  skipped: boolean;
}>;


export type SkipSessionMutation = { skipSession: { id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, athleteId: string, weeks: Array<{ index: number, deload: boolean, days: Array<{ index: number, dayOfWeek: number, date: string, status: string, state: string, sessionId: string | null, label: string, prescriptions: Array<{ order: number, exerciseId: string, exerciseName: string, sets: number, reps: number, loadKg: number | null, loadPerHand: boolean, bodyweight: boolean, restSec: number, targetRpe: number, rationale: string, details: string, locked: boolean, source: string, exercise: { equipment: string } | null, adjustment: { reason: string, date: string, by: string, previousSets: number, previousReps: number, previousLoadKg: number | null, previousTargetRpe: number } | null }> }> }> } };

export type ExerciseSearchQueryVariables = Exact<{
  text: string;
  limit: number;
}>;


export type ExerciseSearchQuery = { exercises: Array<{ id: string, name: string, equipment: string, mechanic: string, pattern: string, primaryMuscles: Array<string> }> };

export type ExerciseNeighboursQueryVariables = Exact<{
  id: string;
}>;


export type ExerciseNeighboursQuery = { exercise: { id: string, name: string, equipment: string, mechanic: string, pattern: string, targets: Array<{ muscle: string, role: string, share: number }> } | null, exerciseNeighbours: Array<{ kind: string, direction: string, weight: number, basis: string | null, exercise: { id: string, name: string, equipment: string, mechanic: string, pattern: string } }> };

export type MuscleExercisesQueryVariables = Exact<{ [key: string]: never; }>;


export type MuscleExercisesQuery = { muscleGroups: Array<{ id: string, name: string, region: string | null, exercises: Array<{ id: string, name: string, equipment: string, mechanic: string, pattern: string }> }> };

export type TransferPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TransferPathQuery = { transferPath: Array<{ weight: number, exerciseIds: Array<string>, exercises: Array<{ id: string, name: string, equipment: string }> }> };

export type ExportLogQueryVariables = Exact<{
  athleteId: string;
  format: string;
}>;


export type ExportLogQuery = { exportLog: { filename: string, contentType: string, body: string } };

export type ExportProgramQueryVariables = Exact<{
  programId: string;
}>;


export type ExportProgramQuery = { exportProgram: { filename: string, contentType: string, body: string } };

export type PreviewWorkoutLogQueryVariables = Exact<{
  athleteId?: string | null | undefined;
  csv: string;
  unit?: string | null | undefined;
}>;


export type PreviewWorkoutLogQuery = { previewWorkoutLog: { format: string, unit: string, unitSource: string, unitConfidence: number, unitEvidence: string, unitNeedsConfirmation: boolean, repairedLines: Array<number>, warnings: Array<string>, sessions: number, sets: number, exercises: number, firstDate: string | null, lastDate: string | null, mappedSets: number, unmatched: Array<{ name: string, sets: number, suggestions: Array<{ exerciseId: string, name: string, score: number }> }>, matched: Array<{ name: string, sets: number, exerciseId: string | null, exerciseName: string | null, method: string }> } };

export type ImportWorkoutLogMutationVariables = Exact<{
  athleteId?: string | null | undefined;
  newAthlete?: NewAthleteInput | null | undefined;
  unit?: string | null | undefined;
  csv: string;
  mappings?: Array<NameMappingInput> | NameMappingInput | null | undefined;
}>;


export type ImportWorkoutLogMutation = { importWorkoutLog: { importId: string, athleteId: string, format: string, unit: string, unitSource: string | null, unitConfidence: number | null, unitEvidence: string | null, repairedLines: Array<number>, sessions: number, performances: number, sets: number, firstDate: string | null, lastDate: string | null, unmapped: Array<string>, dumbbellRecording: { recording: string | null, reason: string, pairs: number } | null } };

export type ModelVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelVersionsQuery = { modelVersions: Array<{ id: string, kind: string, createdAt: string, artifact: string | null, features: Array<string>, beatsBaselines: boolean, metrics: Array<{ name: string, value: number }>, lossCurves: Array<{ split: string, points: Array<{ epoch: number, loss: number }> }>, globalShap: { explainedNodes: number, backgroundRows: number, numSamples: number, targets: Array<{ target: string, unit: string, features: Array<{ feature: string, meanAbs: number }> }> } | null }> };

export type TrainingRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingRunsQuery = { trainingRuns: Array<{ id: string, status: string, startedAt: string, finishedAt: string | null, exitCode: number | null, logTail: Array<string> }> };

export type TrainModelMutationVariables = Exact<{
  model: string;
  epochs: number;
}>;


export type TrainModelMutation = { trainModel: { id: string, status: string, startedAt: string } };

export type ViewerPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPreferencesQuery = { me: { id: string, unit: string, locale: string, timeZone: string, microplates: boolean } };

export type UpdatePreferencesMutationVariables = Exact<{
  unit: string;
  locale: string;
  timeZone: string;
  microplates: boolean;
}>;


export type UpdatePreferencesMutation = { updatePreferences: { id: string, unit: string, locale: string, timeZone: string, microplates: boolean } };

export type ProgramQueryVariables = Exact<{
  id: string;
}>;


export type ProgramQuery = { program: { id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, createdAt: string, athleteId: string, athlete: { id: string, name: string } | null, weeks: Array<{ index: number, deload: boolean, days: Array<{ index: number, dayOfWeek: number, date: string, status: string, state: string, sessionId: string | null, label: string, prescriptions: Array<{ order: number, exerciseId: string, exerciseName: string, sets: number, reps: number, loadKg: number | null, loadPerHand: boolean, bodyweight: boolean, restSec: number, targetRpe: number, rationale: string, details: string, locked: boolean, source: string, adjustment: { reason: string, date: string, by: string, previousSets: number, previousReps: number, previousLoadKg: number | null, previousTargetRpe: number } | null }> }> }> } | null };

export type GenerateProgramMutationVariables = Exact<{
  input: GenerateProgramInput;
}>;


export type GenerateProgramMutation = { generateProgram: { id: string, athleteId: string } };

export type UpdatePrescriptionMutationVariables = Exact<{
  programId: string;
  week: number;
  day: number;
  order: number;
  patch: PrescriptionPatch;
}>;


export type UpdatePrescriptionMutation = { updatePrescription: { id: string } };

export type AssignProgramMutationVariables = Exact<{
  programId: string;
  athleteId: string;
}>;


export type AssignProgramMutation = { assignProgram: { id: string, status: string, athleteId: string } };

export type EditProgramMutationVariables = Exact<{
  programId: string;
  edit: ProgramEditInput;
}>;


export type EditProgramMutation = { editProgram: { id: string } };

export type SwapOptionsQueryVariables = Exact<{
  programId: string;
  week: number;
  day: number;
  order: number;
}>;


export type SwapOptionsQuery = { swapOptions: Array<{ exerciseId: string, reason: string, loadKg: number | null, loadPerHand: boolean, bodyweight: boolean, loadBasis: string, score: number, exercise: { id: string, name: string, equipment: string } | null }> };

export type CopyProgramMutationVariables = Exact<{
  programId: string;
  athleteId?: string | null | undefined;
  startDate?: string | null | undefined;
  asTemplate?: boolean | null | undefined;
}>;


export type CopyProgramMutation = { copyProgram: { id: string, status: string, athleteId: string } };

export type ArchiveProgramMutationVariables = Exact<{
  programId: string;
}>;


export type ArchiveProgramMutation = { archiveProgram: { id: string, status: string } };

export type DeleteProgramMutationVariables = Exact<{
  programId: string;
}>;


export type DeleteProgramMutation = { deleteProgram: boolean };

export type ProgramTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramTemplatesQuery = { programTemplates: Array<{ id: string, name: string, goal: string, daysPerWeek: number, createdAt: string, weeks: Array<{ index: number }> }> };

export type AssignTemplateMutationVariables = Exact<{
  templateId: string;
  athleteIds: Array<string> | string;
  startDate: string;
}>;


export type AssignTemplateMutation = { assignTemplate: Array<{ id: string, athleteId: string, status: string }> };

export type MuscleGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MuscleGroupsQuery = { muscleGroups: Array<{ id: string, name: string, region: string | null }> };

export type PersonalRecordFieldsFragment = { exerciseId: string, exerciseName: string, kind: string, date: string, sessionId: string, weightKg: number | null, reps: number, e1rmKg: number | null, previousBest: number | null };

export type AthleteTrainingQueryVariables = Exact<{
  id: string;
}>;


export type AthleteTrainingQuery = { athlete: { id: string, name: string, timeZone: string, unit: string, today: string, status: { compliance: { programId: string, completed: number, prescribed: number, ratio: number | null } | null }, programs: Array<{ id: string, name: string, status: string, goal: string, daysPerWeek: number, startDate: string, createdAt: string }>, personalRecords: Array<{ exerciseId: string, exerciseName: string, kind: string, date: string, sessionId: string, weightKg: number | null, reps: number, e1rmKg: number | null, previousBest: number | null }>, sessions: { sessions: Array<{ id: string, date: string, title: string | null, sets: number, performances: number, startedAt: string, endedAt: string | null, durationMin: number | null, sessionRpe: number | null, programId: string | null, week: number | null, day: number | null, notes: string | null, exercises: Array<{ exerciseId: string, exerciseName: string, sets: Array<{ reps: number | null, weightKg: number | null, rir: number | null, rpe: number | null, restSec: number | null, done: boolean, warmup: boolean }> }> }> } } | null };

export type LoggedWorkoutFieldsFragment = { sessionId: string, performances: number, sets: number, adjustments: Array<{ week: number, day: number, order: number, date: string, exerciseName: string, reason: string }>, records: Array<{ exerciseId: string, exerciseName: string, kind: string, date: string, sessionId: string, weightKg: number | null, reps: number, e1rmKg: number | null, previousBest: number | null }> };

export type LogDatedWorkoutMutationVariables = Exact<{
  input: LogWorkoutInput;
}>;


export type LogDatedWorkoutMutation = { logWorkout: { sessionId: string, performances: number, sets: number, adjustments: Array<{ week: number, day: number, order: number, date: string, exerciseName: string, reason: string }>, records: Array<{ exerciseId: string, exerciseName: string, kind: string, date: string, sessionId: string, weightKg: number | null, reps: number, e1rmKg: number | null, previousBest: number | null }> } };

export type UpdateWorkoutMutationVariables = Exact<{
  sessionId: string;
  input: LogWorkoutInput;
}>;


export type UpdateWorkoutMutation = { updateWorkout: { sessionId: string, performances: number, sets: number, adjustments: Array<{ week: number, day: number, order: number, date: string, exerciseName: string, reason: string }>, records: Array<{ exerciseId: string, exerciseName: string, kind: string, date: string, sessionId: string, weightKg: number | null, reps: number, e1rmKg: number | null, previousBest: number | null }> } };

export type DeleteWorkoutMutationVariables = Exact<{
  sessionId: string;
}>;


export type DeleteWorkoutMutation = { deleteWorkout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InviteFieldsFragmentDoc = new TypedDocumentString(`
    fragment InviteFields on Invite {
  id
  athleteId
  athleteName
  email
  createdAt
  expiresAt
  status
}
    `, {"fragmentName":"InviteFields"}) as unknown as TypedDocumentString<InviteFieldsFragment, unknown>;
export const PasswordResetLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment PasswordResetLinkFields on PasswordResetLink {
  url
  code
  expiresAt
  userEmail
}
    `, {"fragmentName":"PasswordResetLinkFields"}) as unknown as TypedDocumentString<PasswordResetLinkFieldsFragment, unknown>;
export const AdminUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminUserFields on User {
  id
  name
  email
  role
  disabled
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"AdminUserFields"}) as unknown as TypedDocumentString<AdminUserFieldsFragment, unknown>;
export const SessionPayloadFragmentDoc = new TypedDocumentString(`
    fragment SessionPayload on AuthPayload {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  user {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}
    `, {"fragmentName":"SessionPayload"}) as unknown as TypedDocumentString<SessionPayloadFragment, unknown>;
export const DatedProgramFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"DatedProgramFields"}) as unknown as TypedDocumentString<DatedProgramFieldsFragment, unknown>;
export const PersonalRecordFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PersonalRecordFields"}) as unknown as TypedDocumentString<PersonalRecordFieldsFragment, unknown>;
export const LoggedWorkoutFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"LoggedWorkoutFields"}) as unknown as TypedDocumentString<LoggedWorkoutFieldsFragment, unknown>;
export const InvitesDocument = new TypedDocumentString(`
    query Invites($athleteId: ID!) {
  invites(athleteId: $athleteId) {
    ...InviteFields
  }
}
    fragment InviteFields on Invite {
  id
  athleteId
  athleteName
  email
  createdAt
  expiresAt
  status
}`) as unknown as TypedDocumentString<InvitesQuery, InvitesQueryVariables>;
export const CreateInviteDocument = new TypedDocumentString(`
    mutation CreateInvite($athleteId: ID!, $email: String) {
  createInvite(athleteId: $athleteId, email: $email) {
    ...InviteFields
    code
    url
  }
}
    fragment InviteFields on Invite {
  id
  athleteId
  athleteName
  email
  createdAt
  expiresAt
  status
}`) as unknown as TypedDocumentString<CreateInviteMutation, CreateInviteMutationVariables>;
export const RevokeInviteDocument = new TypedDocumentString(`
    mutation RevokeInvite($id: ID!) {
  revokeInvite(id: $id) {
    ...InviteFields
  }
}
    fragment InviteFields on Invite {
  id
  athleteId
  athleteName
  email
  createdAt
  expiresAt
  status
}`) as unknown as TypedDocumentString<RevokeInviteMutation, RevokeInviteMutationVariables>;
export const InvitePreviewDocument = new TypedDocumentString(`
    query InvitePreview($code: String!) {
  invitePreview(code: $code) {
    athleteName
    coachName
    organisationName
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitePreviewQuery, InvitePreviewQueryVariables>;
export const RemoveAthleteDocument = new TypedDocumentString(`
    mutation RemoveAthlete($athleteId: ID!) {
  removeAthlete(athleteId: $athleteId)
}
    `) as unknown as TypedDocumentString<RemoveAthleteMutation, RemoveAthleteMutationVariables>;
export const IssuePasswordResetDocument = new TypedDocumentString(`
    mutation IssuePasswordReset($userId: ID, $athleteId: ID) {
  issuePasswordReset(userId: $userId, athleteId: $athleteId) {
    ...PasswordResetLinkFields
  }
}
    fragment PasswordResetLinkFields on PasswordResetLink {
  url
  code
  expiresAt
  userEmail
}`) as unknown as TypedDocumentString<IssuePasswordResetMutation, IssuePasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($code: String!, $newPassword: String!) {
  resetPassword(code: $code, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations {
  organisations {
    id
    name
    createdAt
    athleteCount
    coaches {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($organisationId: ID) {
  users(organisationId: $organisationId) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on User {
  id
  name
  email
  role
  disabled
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateCoachDocument = new TypedDocumentString(`
    mutation CreateCoach($input: CreateCoachInput!) {
  createCoach(input: $input) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on User {
  id
  name
  email
  role
  disabled
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateCoachMutation, CreateCoachMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
  setUserDisabled(userId: $userId, disabled: $disabled) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on User {
  id
  name
  email
  role
  disabled
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const RosterDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RosterQuery, RosterQueryVariables>;
export const AthleteDetailDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AthleteDetailQuery, AthleteDetailQueryVariables>;
export const E1rmSeriesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<E1rmSeriesQuery, E1rmSeriesQueryVariables>;
export const PredictionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PredictionsQuery, PredictionsQueryVariables>;
export const CreateAthleteDocument = new TypedDocumentString(`
    mutation CreateAthlete($input: CreateAthleteInput!) {
  createAthlete(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateAthleteMutation, CreateAthleteMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  user {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  user {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  user {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const AcceptInviteDocument = new TypedDocumentString(`
    mutation AcceptInvite($code: String!, $email: String!, $password: String!, $name: String) {
  acceptInvite(code: $code, email: $email, password: $password, name: $name) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  user {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  user {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    role
    athleteId
    coachId
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const DatedProgramDocument = new TypedDocumentString(`
    query DatedProgram($id: ID!) {
  program(id: $id) {
    ...DatedProgramFields
  }
}
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
}`) as unknown as TypedDocumentString<DatedProgramQuery, DatedProgramQueryVariables>;
export const MoveSessionDocument = new TypedDocumentString(`
    mutation MoveSession($programId: ID!, $week: Int!, $day: Int!, $date: String!) {
  moveSession(programId: $programId, week: $week, day: $day, date: $date) {
    ...DatedProgramFields
  }
}
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
}`) as unknown as TypedDocumentString<MoveSessionMutation, MoveSessionMutationVariables>;
export const SkipSessionDocument = new TypedDocumentString(`
    mutation SkipSession($programId: ID!, $week: Int!, $day: Int!, $skipped: Boolean!) {
  skipSession(programId: $programId, week: $week, day: $day, skipped: $skipped) {
    ...DatedProgramFields
  }
}
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
}`) as unknown as TypedDocumentString<SkipSessionMutation, SkipSessionMutationVariables>;
export const ExerciseSearchDocument = new TypedDocumentString(`
    query ExerciseSearch($text: String!, $limit: Int!) {
  exercises(filter: {text: $text}, limit: $limit) {
    id
    name
    equipment
    mechanic
    pattern
    primaryMuscles
  }
}
    `) as unknown as TypedDocumentString<ExerciseSearchQuery, ExerciseSearchQueryVariables>;
export const ExerciseNeighboursDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ExerciseNeighboursQuery, ExerciseNeighboursQueryVariables>;
export const MuscleExercisesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MuscleExercisesQuery, MuscleExercisesQueryVariables>;
export const TransferPathDocument = new TypedDocumentString(`
    query TransferPath($from: ID!, $to: ID!) {
  transferPath(from: $from, to: $to, maxHops: 3) {
    weight
    exerciseIds
    exercises {
      id
      name
      equipment
    }
  }
}
    `) as unknown as TypedDocumentString<TransferPathQuery, TransferPathQueryVariables>;
export const ExportLogDocument = new TypedDocumentString(`
    query ExportLog($athleteId: ID!, $format: String!) {
  exportLog(athleteId: $athleteId, format: $format) {
    filename
    contentType
    body
  }
}
    `) as unknown as TypedDocumentString<ExportLogQuery, ExportLogQueryVariables>;
export const ExportProgramDocument = new TypedDocumentString(`
    query ExportProgram($programId: ID!) {
  exportProgram(programId: $programId, format: "ics") {
    filename
    contentType
    body
  }
}
    `) as unknown as TypedDocumentString<ExportProgramQuery, ExportProgramQueryVariables>;
export const PreviewWorkoutLogDocument = new TypedDocumentString(`
    query PreviewWorkoutLog($athleteId: ID, $csv: String!, $unit: String) {
  previewWorkoutLog(athleteId: $athleteId, csv: $csv, unit: $unit) {
    format
    unit
    unitSource
    unitConfidence
    unitEvidence
    unitNeedsConfirmation
    repairedLines
    warnings
    sessions
    sets
    exercises
    firstDate
    lastDate
    mappedSets
    unmatched {
      name
      sets
      suggestions {
        exerciseId
        name
        score
      }
    }
    matched {
      name
      sets
      exerciseId
      exerciseName
      method
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewWorkoutLogQuery, PreviewWorkoutLogQueryVariables>;
export const ImportWorkoutLogDocument = new TypedDocumentString(`
    mutation ImportWorkoutLog($athleteId: ID, $newAthlete: NewAthleteInput, $unit: String, $csv: String!, $mappings: [NameMappingInput!]) {
  importWorkoutLog(
    athleteId: $athleteId
    newAthlete: $newAthlete
    unit: $unit
    csv: $csv
    mappings: $mappings
  ) {
    importId
    athleteId
    format
    unit
    unitSource
    unitConfidence
    unitEvidence
    repairedLines
    sessions
    performances
    sets
    firstDate
    lastDate
    unmapped
    dumbbellRecording {
      recording
      reason
      pairs
    }
  }
}
    `) as unknown as TypedDocumentString<ImportWorkoutLogMutation, ImportWorkoutLogMutationVariables>;
export const ModelVersionsDocument = new TypedDocumentString(`
    query ModelVersions {
  modelVersions(limit: 10) {
    id
    kind
    createdAt
    artifact
    features
    beatsBaselines
    metrics {
      name
      value
    }
    lossCurves {
      split
      points {
        epoch
        loss
      }
    }
    globalShap {
      explainedNodes
      backgroundRows
      numSamples
      targets {
        target
        unit
        features {
          feature
          meanAbs
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModelVersionsQuery, ModelVersionsQueryVariables>;
export const TrainingRunsDocument = new TypedDocumentString(`
    query TrainingRuns {
  trainingRuns {
    id
    status
    startedAt
    finishedAt
    exitCode
    logTail
  }
}
    `) as unknown as TypedDocumentString<TrainingRunsQuery, TrainingRunsQueryVariables>;
export const TrainModelDocument = new TypedDocumentString(`
    mutation TrainModel($model: String!, $epochs: Int!) {
  trainModel(model: $model, epochs: $epochs) {
    id
    status
    startedAt
  }
}
    `) as unknown as TypedDocumentString<TrainModelMutation, TrainModelMutationVariables>;
export const ViewerPreferencesDocument = new TypedDocumentString(`
    query ViewerPreferences {
  me {
    id
    unit
    locale
    timeZone
    microplates
  }
}
    `) as unknown as TypedDocumentString<ViewerPreferencesQuery, ViewerPreferencesQueryVariables>;
export const UpdatePreferencesDocument = new TypedDocumentString(`
    mutation UpdatePreferences($unit: String!, $locale: String!, $timeZone: String!, $microplates: Boolean!) {
  updatePreferences(
    input: {unit: $unit, locale: $locale, timeZone: $timeZone, microplates: $microplates}
  ) {
    id
    unit
    locale
    timeZone
    microplates
  }
}
    `) as unknown as TypedDocumentString<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const ProgramDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ProgramQuery, ProgramQueryVariables>;
export const GenerateProgramDocument = new TypedDocumentString(`
    mutation GenerateProgram($input: GenerateProgramInput!) {
  generateProgram(input: $input) {
    id
    athleteId
  }
}
    `) as unknown as TypedDocumentString<GenerateProgramMutation, GenerateProgramMutationVariables>;
export const UpdatePrescriptionDocument = new TypedDocumentString(`
    mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {
  updatePrescription(
    programId: $programId
    week: $week
    day: $day
    order: $order
    patch: $patch
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePrescriptionMutation, UpdatePrescriptionMutationVariables>;
export const AssignProgramDocument = new TypedDocumentString(`
    mutation AssignProgram($programId: ID!, $athleteId: ID!) {
  assignProgram(programId: $programId, athleteId: $athleteId) {
    id
    status
    athleteId
  }
}
    `) as unknown as TypedDocumentString<AssignProgramMutation, AssignProgramMutationVariables>;
export const EditProgramDocument = new TypedDocumentString(`
    mutation EditProgram($programId: ID!, $edit: ProgramEditInput!) {
  editProgram(programId: $programId, edit: $edit) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditProgramMutation, EditProgramMutationVariables>;
export const SwapOptionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SwapOptionsQuery, SwapOptionsQueryVariables>;
export const CopyProgramDocument = new TypedDocumentString(`
    mutation CopyProgram($programId: ID!, $athleteId: ID, $startDate: String, $asTemplate: Boolean) {
  copyProgram(
    programId: $programId
    athleteId: $athleteId
    startDate: $startDate
    asTemplate: $asTemplate
  ) {
    id
    status
    athleteId
  }
}
    `) as unknown as TypedDocumentString<CopyProgramMutation, CopyProgramMutationVariables>;
export const ArchiveProgramDocument = new TypedDocumentString(`
    mutation ArchiveProgram($programId: ID!) {
  archiveProgram(programId: $programId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchiveProgramMutation, ArchiveProgramMutationVariables>;
export const DeleteProgramDocument = new TypedDocumentString(`
    mutation DeleteProgram($programId: ID!) {
  deleteProgram(programId: $programId)
}
    `) as unknown as TypedDocumentString<DeleteProgramMutation, DeleteProgramMutationVariables>;
export const ProgramTemplatesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ProgramTemplatesQuery, ProgramTemplatesQueryVariables>;
export const AssignTemplateDocument = new TypedDocumentString(`
    mutation AssignTemplate($templateId: ID!, $athleteIds: [ID!]!, $startDate: String!) {
  assignTemplate(
    templateId: $templateId
    athleteIds: $athleteIds
    startDate: $startDate
  ) {
    id
    athleteId
    status
  }
}
    `) as unknown as TypedDocumentString<AssignTemplateMutation, AssignTemplateMutationVariables>;
export const MuscleGroupsDocument = new TypedDocumentString(`
    query MuscleGroups {
  muscleGroups {
    id
    name
    region
  }
}
    `) as unknown as TypedDocumentString<MuscleGroupsQuery, MuscleGroupsQueryVariables>;
export const AthleteTrainingDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AthleteTrainingQuery, AthleteTrainingQueryVariables>;
export const LogDatedWorkoutDocument = new TypedDocumentString(`
    mutation LogDatedWorkout($input: LogWorkoutInput!) {
  logWorkout(input: $input) {
    ...LoggedWorkoutFields
  }
}
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
}`) as unknown as TypedDocumentString<LogDatedWorkoutMutation, LogDatedWorkoutMutationVariables>;
export const UpdateWorkoutDocument = new TypedDocumentString(`
    mutation UpdateWorkout($sessionId: ID!, $input: LogWorkoutInput!) {
  updateWorkout(sessionId: $sessionId, input: $input) {
    ...LoggedWorkoutFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateWorkoutMutation, UpdateWorkoutMutationVariables>;
export const DeleteWorkoutDocument = new TypedDocumentString(`
    mutation DeleteWorkout($sessionId: ID!) {
  deleteWorkout(sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<DeleteWorkoutMutation, DeleteWorkoutMutationVariables>;