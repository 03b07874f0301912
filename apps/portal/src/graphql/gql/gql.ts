/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Roster {\n    athletes {\n      id\n      name\n      status {\n        asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession\n        compliance { programId completed prescribed ratio }\n        flags { code message }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  query AthleteDetail($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      sex\n      bodyweightKg\n      status {\n        asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession\n        compliance { programId completed prescribed ratio }\n        flags { code message }\n      }\n      weeklyLoad { weekStart load monotony strain acwrEwma acwrRolling }\n      weeklyHardSets { weekStart muscles { muscle sets } }\n      sessions(first: 8) { sessions { id date title durationMin performances sets } }\n      programs { id name status goal daysPerWeek weeks { index } createdAt }\n    }\n  }\n": typeof types.AthleteDetailDocument,
    "\n  query E1rmSeries($id: ID!, $exerciseId: ID!) {\n    athlete(id: $id) { id e1rmSeries(exerciseId: $exerciseId) { date e1rmKg lowKg highKg sessionE1rmKg sessionId } }\n  }\n": typeof types.E1rmSeriesDocument,
    "\n  query Predictions($athleteId: ID!) {\n    predictions(athleteId: $athleteId) {\n      exerciseId\n      exercise { id name }\n      nextWeightKg\n      nextReps\n      nextRestSec\n      source\n      rationale\n      reasons { feature contribution unit note }\n      explanation {\n        status note role performanceDate\n        model { version name verdict }\n        targets {\n          target unit lastValue baseValue prediction otherContribution efficiencyGap\n          reasons { feature label value valueUnit contribution direction }\n        }\n      }\n    }\n  }\n": typeof types.PredictionsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id name email role athleteId coachId }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me { id name email role athleteId coachId }\n  }\n": typeof types.MeDocument,
    "\n  query ExerciseSearch($text: String!, $limit: Int!) {\n    exercises(filter: { text: $text }, limit: $limit) { id name equipment mechanic pattern primaryMuscles }\n  }\n": typeof types.ExerciseSearchDocument,
    "\n  query ExerciseNeighbours($id: ID!) {\n    exercise(id: $id) {\n      id name equipment mechanic pattern\n      targets { muscle role share }\n    }\n    exerciseNeighbours(id: $id, limit: 6) { kind direction weight basis exercise { id name equipment mechanic pattern } }\n  }\n": typeof types.ExerciseNeighboursDocument,
    "\n  query MuscleExercises {\n    muscleGroups { id name region exercises { id name equipment mechanic pattern } }\n  }\n": typeof types.MuscleExercisesDocument,
    "\n  query TransferPath($from: ID!, $to: ID!) {\n    transferPath(from: $from, to: $to, maxHops: 3) { weight exerciseIds exercises { id name equipment } }\n  }\n": typeof types.TransferPathDocument,
    "\n  mutation ImportWorkoutLog($athleteId: ID!, $format: String!, $unit: String, $csv: String!) {\n    importWorkoutLog(athleteId: $athleteId, format: $format, unit: $unit, csv: $csv) {\n      importId format unit unitSource sessions performances sets firstDate lastDate unmapped\n      dumbbellRecording { recording reason pairs }\n    }\n  }\n": typeof types.ImportWorkoutLogDocument,
    "\n  query ModelVersions {\n    modelVersions(limit: 10) { id kind createdAt artifact features metrics { name value } }\n  }\n": typeof types.ModelVersionsDocument,
    "\n  query TrainingRuns {\n    trainingRuns { id status startedAt finishedAt exitCode logTail }\n  }\n": typeof types.TrainingRunsDocument,
    "\n  mutation TrainModel($model: String!, $epochs: Int!) {\n    trainModel(model: $model, epochs: $epochs) { id status startedAt }\n  }\n": typeof types.TrainModelDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      id name status goal daysPerWeek createdAt athleteId\n      weeks {\n        index\n        deload\n        days {\n          index\n          dayOfWeek\n          label\n          prescriptions { order exerciseId exerciseName sets reps loadKg loadPerHand bodyweight restSec targetRpe rationale source }\n        }\n      }\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation GenerateProgram($input: GenerateProgramInput!) {\n    generateProgram(input: $input) { id athleteId }\n  }\n": typeof types.GenerateProgramDocument,
    "\n  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {\n    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) { id }\n  }\n": typeof types.UpdatePrescriptionDocument,
    "\n  mutation AssignProgram($programId: ID!, $athleteId: ID!) {\n    assignProgram(programId: $programId, athleteId: $athleteId) { id status athleteId }\n  }\n": typeof types.AssignProgramDocument,
    "\n  query MuscleGroups {\n    muscleGroups { id name region }\n  }\n": typeof types.MuscleGroupsDocument,
    "\n  query MyTraining($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      status { compliance { programId completed prescribed ratio } lastSessionDate }\n      programs { id name status goal daysPerWeek weeks { index } createdAt }\n      sessions(first: 5) { sessions { id date title sets performances } }\n    }\n  }\n": typeof types.MyTrainingDocument,
    "\n  mutation LogWorkout($input: LogWorkoutInput!) {\n    logWorkout(input: $input) { sessionId performances sets }\n  }\n": typeof types.LogWorkoutDocument,
};
const documents: Documents = {
    "\n  query Roster {\n    athletes {\n      id\n      name\n      status {\n        asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession\n        compliance { programId completed prescribed ratio }\n        flags { code message }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  query AthleteDetail($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      sex\n      bodyweightKg\n      status {\n        asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession\n        compliance { programId completed prescribed ratio }\n        flags { code message }\n      }\n      weeklyLoad { weekStart load monotony strain acwrEwma acwrRolling }\n      weeklyHardSets { weekStart muscles { muscle sets } }\n      sessions(first: 8) { sessions { id date title durationMin performances sets } }\n      programs { id name status goal daysPerWeek weeks { index } createdAt }\n    }\n  }\n": types.AthleteDetailDocument,
    "\n  query E1rmSeries($id: ID!, $exerciseId: ID!) {\n    athlete(id: $id) { id e1rmSeries(exerciseId: $exerciseId) { date e1rmKg lowKg highKg sessionE1rmKg sessionId } }\n  }\n": types.E1rmSeriesDocument,
    "\n  query Predictions($athleteId: ID!) {\n    predictions(athleteId: $athleteId) {\n      exerciseId\n      exercise { id name }\n      nextWeightKg\n      nextReps\n      nextRestSec\n      source\n      rationale\n      reasons { feature contribution unit note }\n      explanation {\n        status note role performanceDate\n        model { version name verdict }\n        targets {\n          target unit lastValue baseValue prediction otherContribution efficiencyGap\n          reasons { feature label value valueUnit contribution direction }\n        }\n      }\n    }\n  }\n": types.PredictionsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id name email role athleteId coachId }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me { id name email role athleteId coachId }\n  }\n": types.MeDocument,
    "\n  query ExerciseSearch($text: String!, $limit: Int!) {\n    exercises(filter: { text: $text }, limit: $limit) { id name equipment mechanic pattern primaryMuscles }\n  }\n": types.ExerciseSearchDocument,
    "\n  query ExerciseNeighbours($id: ID!) {\n    exercise(id: $id) {\n      id name equipment mechanic pattern\n      targets { muscle role share }\n    }\n    exerciseNeighbours(id: $id, limit: 6) { kind direction weight basis exercise { id name equipment mechanic pattern } }\n  }\n": types.ExerciseNeighboursDocument,
    "\n  query MuscleExercises {\n    muscleGroups { id name region exercises { id name equipment mechanic pattern } }\n  }\n": types.MuscleExercisesDocument,
    "\n  query TransferPath($from: ID!, $to: ID!) {\n    transferPath(from: $from, to: $to, maxHops: 3) { weight exerciseIds exercises { id name equipment } }\n  }\n": types.TransferPathDocument,
    "\n  mutation ImportWorkoutLog($athleteId: ID!, $format: String!, $unit: String, $csv: String!) {\n    importWorkoutLog(athleteId: $athleteId, format: $format, unit: $unit, csv: $csv) {\n      importId format unit unitSource sessions performances sets firstDate lastDate unmapped\n      dumbbellRecording { recording reason pairs }\n    }\n  }\n": types.ImportWorkoutLogDocument,
    "\n  query ModelVersions {\n    modelVersions(limit: 10) { id kind createdAt artifact features metrics { name value } }\n  }\n": types.ModelVersionsDocument,
    "\n  query TrainingRuns {\n    trainingRuns { id status startedAt finishedAt exitCode logTail }\n  }\n": types.TrainingRunsDocument,
    "\n  mutation TrainModel($model: String!, $epochs: Int!) {\n    trainModel(model: $model, epochs: $epochs) { id status startedAt }\n  }\n": types.TrainModelDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      id name status goal daysPerWeek createdAt athleteId\n      weeks {\n        index\n        deload\n        days {\n          index\n          dayOfWeek\n          label\n          prescriptions { order exerciseId exerciseName sets reps loadKg loadPerHand bodyweight restSec targetRpe rationale source }\n        }\n      }\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation GenerateProgram($input: GenerateProgramInput!) {\n    generateProgram(input: $input) { id athleteId }\n  }\n": types.GenerateProgramDocument,
    "\n  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {\n    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) { id }\n  }\n": types.UpdatePrescriptionDocument,
    "\n  mutation AssignProgram($programId: ID!, $athleteId: ID!) {\n    assignProgram(programId: $programId, athleteId: $athleteId) { id status athleteId }\n  }\n": types.AssignProgramDocument,
    "\n  query MuscleGroups {\n    muscleGroups { id name region }\n  }\n": types.MuscleGroupsDocument,
    "\n  query MyTraining($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      status { compliance { programId completed prescribed ratio } lastSessionDate }\n      programs { id name status goal daysPerWeek weeks { index } createdAt }\n      sessions(first: 5) { sessions { id date title sets performances } }\n    }\n  }\n": types.MyTrainingDocument,
    "\n  mutation LogWorkout($input: LogWorkoutInput!) {\n    logWorkout(input: $input) { sessionId performances sets }\n  }\n": types.LogWorkoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster {\n    athletes {\n      id\n      name\n      status {\n        asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession\n        compliance { programId completed prescribed ratio }\n        flags { code message }\n      }\n    }\n  }\n"): typeof import('./graphql').RosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AthleteDetail($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      sex\n      bodyweightKg\n      status {\n        asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession\n        compliance { programId completed prescribed ratio }\n        flags { code message }\n      }\n      weeklyLoad { weekStart load monotony strain acwrEwma acwrRolling }\n      weeklyHardSets { weekStart muscles { muscle sets } }\n      sessions(first: 8) { sessions { id date title durationMin performances sets } }\n      programs { id name status goal daysPerWeek weeks { index } createdAt }\n    }\n  }\n"): typeof import('./graphql').AthleteDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E1rmSeries($id: ID!, $exerciseId: ID!) {\n    athlete(id: $id) { id e1rmSeries(exerciseId: $exerciseId) { date e1rmKg lowKg highKg sessionE1rmKg sessionId } }\n  }\n"): typeof import('./graphql').E1rmSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Predictions($athleteId: ID!) {\n    predictions(athleteId: $athleteId) {\n      exerciseId\n      exercise { id name }\n      nextWeightKg\n      nextReps\n      nextRestSec\n      source\n      rationale\n      reasons { feature contribution unit note }\n      explanation {\n        status note role performanceDate\n        model { version name verdict }\n        targets {\n          target unit lastValue baseValue prediction otherContribution efficiencyGap\n          reasons { feature label value valueUnit contribution direction }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PredictionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id name email role athleteId coachId }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id name email role athleteId coachId }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseSearch($text: String!, $limit: Int!) {\n    exercises(filter: { text: $text }, limit: $limit) { id name equipment mechanic pattern primaryMuscles }\n  }\n"): typeof import('./graphql').ExerciseSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseNeighbours($id: ID!) {\n    exercise(id: $id) {\n      id name equipment mechanic pattern\n      targets { muscle role share }\n    }\n    exerciseNeighbours(id: $id, limit: 6) { kind direction weight basis exercise { id name equipment mechanic pattern } }\n  }\n"): typeof import('./graphql').ExerciseNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MuscleExercises {\n    muscleGroups { id name region exercises { id name equipment mechanic pattern } }\n  }\n"): typeof import('./graphql').MuscleExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferPath($from: ID!, $to: ID!) {\n    transferPath(from: $from, to: $to, maxHops: 3) { weight exerciseIds exercises { id name equipment } }\n  }\n"): typeof import('./graphql').TransferPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportWorkoutLog($athleteId: ID!, $format: String!, $unit: String, $csv: String!) {\n    importWorkoutLog(athleteId: $athleteId, format: $format, unit: $unit, csv: $csv) {\n      importId format unit unitSource sessions performances sets firstDate lastDate unmapped\n      dumbbellRecording { recording reason pairs }\n    }\n  }\n"): typeof import('./graphql').ImportWorkoutLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelVersions {\n    modelVersions(limit: 10) { id kind createdAt artifact features metrics { name value } }\n  }\n"): typeof import('./graphql').ModelVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRuns {\n    trainingRuns { id status startedAt finishedAt exitCode logTail }\n  }\n"): typeof import('./graphql').TrainingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainModel($model: String!, $epochs: Int!) {\n    trainModel(model: $model, epochs: $epochs) { id status startedAt }\n  }\n"): typeof import('./graphql').TrainModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      id name status goal daysPerWeek createdAt athleteId\n      weeks {\n        index\n        deload\n        days {\n          index\n          dayOfWeek\n          label\n          prescriptions { order exerciseId exerciseName sets reps loadKg loadPerHand bodyweight restSec targetRpe rationale source }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateProgram($input: GenerateProgramInput!) {\n    generateProgram(input: $input) { id athleteId }\n  }\n"): typeof import('./graphql').GenerateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {\n    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) { id }\n  }\n"): typeof import('./graphql').UpdatePrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignProgram($programId: ID!, $athleteId: ID!) {\n    assignProgram(programId: $programId, athleteId: $athleteId) { id status athleteId }\n  }\n"): typeof import('./graphql').AssignProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MuscleGroups {\n    muscleGroups { id name region }\n  }\n"): typeof import('./graphql').MuscleGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraining($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      status { compliance { programId completed prescribed ratio } lastSessionDate }\n      programs { id name status goal daysPerWeek weeks { index } createdAt }\n      sessions(first: 5) { sessions { id date title sets performances } }\n    }\n  }\n"): typeof import('./graphql').MyTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogWorkout($input: LogWorkoutInput!) {\n    logWorkout(input: $input) { sessionId performances sets }\n  }\n"): typeof import('./graphql').LogWorkoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
