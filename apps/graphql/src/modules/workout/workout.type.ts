import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PersonalRecordType } from '../athlete/athlete.type.js';
import { AdjustmentChangeType } from '../program/program.type.js';

@ObjectType('LoggedWorkout')
export class LoggedWorkoutType {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int)
  performances!: number;

  @Field(() => Int)
  sets!: number;

  @Field(() => [AdjustmentChangeType], { description: 'Prescriptions autoregulation changed after this session, with their reasons.' })
  adjustments!: AdjustmentChangeType[];

  @Field(() => [PersonalRecordType], { description: 'Personal records set in this session.' })
  records!: PersonalRecordType[];
}

@ObjectType('DumbbellRecording', {
  description:
    "How a file records dumbbell (per-hand) loads, read from magnitudes: each dumbbell lift's best e1RM against its barbell lift's.",
})
export class DumbbellRecordingType {
  @Field(() => String, {
    nullable: true,
    description:
      'per-hand (the numbers are one dumbbell) | total (both dumbbells together); null = could not tell, and programs read the numbers as both together, the safe side.',
  })
  recording!: 'per-hand' | 'total' | null;

  @Field(() => String, { description: 'Why: the median dumbbell/barbell ratio and the thresholds, or what was missing.' })
  reason!: string;

  @Field(() => Int, { description: 'Dumbbell/barbell lift pairs compared.' })
  pairs!: number;
}

@ObjectType('ImportSummary', {
  description: 'What an import stored (identical on a re-import of the same file) and which names it could not map.',
})
export class ImportSummaryType {
  @Field(() => ID)
  importId!: string;

  @Field(() => ID, { description: 'The athlete imported for (the new one when newAthlete was given).' })
  athleteId!: string;

  @Field(() => String)
  format!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where unit came from: file (stated by it) | caller (the unit argument) | inferred (from the loads) | assumed (kg: nothing to go on).',
  })
  unitSource!: string | null;

  @Field(() => Float, { nullable: true, description: '0–1: how sure the unit is (1 when stated by the file or given).' })
  unitConfidence!: number | null;

  @Field(() => String, { nullable: true, description: 'Why that unit: the column stating it, or the load evidence.' })
  unitEvidence!: string | null;

  @Field(() => [Int], { description: 'Lines whose unquoted comma in a name was repaired.' })
  repairedLines!: number[];

  @Field(() => DumbbellRecordingType, {
    nullable: true,
    description: 'How the dumbbell loads were read; null when the file has no dumbbell (per-hand) lifts the catalog knows.',
  })
  dumbbellRecording!: DumbbellRecordingType | null;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  performances!: number;

  @Field(() => Int)
  sets!: number;

  @Field(() => String, { nullable: true })
  firstDate!: string | null;

  @Field(() => String, { nullable: true })
  lastDate!: string | null;

  @Field(() => [String], { description: 'Logged exercise names with no confident catalog match (stored as custom exercises).' })
  unmapped!: string[];
}
