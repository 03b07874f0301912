import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ExerciseSuggestion', { description: 'A catalog exercise a logged name may be, with the matcher score (0–1).' })
export class ExerciseSuggestionType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType('PreviewName', { description: 'One distinct exercise name of a previewed file.' })
export class PreviewNameType {
  @Field(() => String, { description: 'The name as the file writes it.' })
  name!: string;

  @Field(() => Int, { description: 'Sets logged under this name.' })
  sets!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The exercise it will be stored as; null = no confident match (stored as a custom exercise unless mapped).',
  })
  exerciseId!: string | null;

  @Field(() => String, { nullable: true, description: 'That exercise’s name.' })
  exerciseName!: string | null;

  @Field(() => String, {
    description: "How: exact | alias | fuzzy (the catalog matcher) | mapping (remembered for the importing coach's organisation) | none.",
  })
  method!: string;

  @Field(() => Float, { description: 'Matcher confidence 0–1 (1 for a mapping).' })
  confidence!: number;

  @Field(() => [ExerciseSuggestionType], { description: 'Best catalog candidates for an unmatched name, best first.' })
  suggestions!: ExerciseSuggestionType[];
}

@ObjectType('ImportPreview', { description: 'How a workout-log file would be read; nothing is written.' })
export class ImportPreviewType {
  @Field(() => String)
  format!: string;

  @Field(() => String, { description: 'kg | lbs: given, stated by the file, or inferred from the loads.' })
  unit!: string;

  @Field(() => String, { description: 'file | caller | inferred | assumed (kg: nothing to go on).' })
  unitSource!: string;

  @Field(() => Float, { description: '0–1: how sure the unit is (1 when the file states it or it was given).' })
  unitConfidence!: number;

  @Field(() => String, { description: 'Why that unit: the column stating it, or the load evidence (counts and examples).' })
  unitEvidence!: string;

  @Field(() => Boolean, { description: 'True when the file does not state its unit: the user must confirm kg or lbs before importing.' })
  unitNeedsConfirmation!: boolean;

  @Field(() => [Int], { description: 'Lines whose unquoted comma in a name was repaired.' })
  repairedLines!: number[];

  @Field(() => [String], { description: 'Warnings to show before importing (repaired lines, a guessed unit).' })
  warnings!: string[];

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  sets!: number;

  @Field(() => Int, { description: 'Distinct exercise names.' })
  exercises!: number;

  @Field(() => String, { nullable: true })
  firstDate!: string | null;

  @Field(() => String, { nullable: true })
  lastDate!: string | null;

  @Field(() => Int, { description: 'Sets whose name maps to an exercise (by the catalog with confidence, or a remembered mapping).' })
  mappedSets!: number;

  @Field(() => [PreviewNameType], { description: 'Names without a confident match, most sets first, with suggestions.' })
  unmatched!: PreviewNameType[];

  @Field(() => [PreviewNameType], { description: 'Names that map to an exercise, most sets first.' })
  matched!: PreviewNameType[];
}
