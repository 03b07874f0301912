import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('MuscleTarget', { description: 'An exercise works a muscle group as primary or secondary mover, with a share of the work.' })
export class MuscleTargetType {
  @Field(() => String)
  muscle!: string;

  @Field(() => String)
  role!: string;

  @Field(() => Float)
  share!: number;
}

@ObjectType('Exercise')
export class ExerciseType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  mechanic!: string;

  @Field(() => String, { nullable: true })
  force!: string | null;

  @Field(() => String)
  equipment!: string;

  @Field(() => String)
  level!: string;

  @Field(() => String)
  category!: string;

  @Field(() => String, { description: 'Movement pattern id (squat, hinge, horizontal-push, ...).' })
  pattern!: string;

  @Field(() => Boolean)
  bodyweight!: boolean;
}

@ObjectType('RankedExercise')
export class RankedExerciseType {
  @Field(() => ExerciseType)
  exercise!: ExerciseType;

  @Field(() => Float)
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why it ranks here (shared muscles, pattern, equipment).' })
  basis!: string | null;
}

@ObjectType('SharedMuscle')
export class SharedMuscleType {
  @Field(() => String)
  muscle!: string;

  @Field(() => String)
  roleA!: string;

  @Field(() => Float)
  shareA!: number;

  @Field(() => String)
  roleB!: string;

  @Field(() => Float)
  shareB!: number;

  @Field(() => Float, { description: 'min(shareA, shareB)' })
  overlap!: number;
}

@ObjectType('TransferPath', { description: 'A TRANSFERS_TO chain; weight is the product of the edge weights.' })
export class TransferPathType {
  @Field(() => [ID])
  exerciseIds!: string[];

  @Field(() => Float)
  weight!: number;
}

@ObjectType('MuscleGroup')
export class MuscleGroupType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;
}

@ObjectType('ExerciseUsage', { description: 'Anonymized: counts only, and only for exercises done by enough athletes.' })
export class ExerciseUsageType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  athletes!: number;

  @Field(() => Int)
  performances!: number;
}

@ObjectType('ExerciseNeighbour', { description: 'A TRANSFERS_TO or SIMILAR_TO edge at an exercise, seen from that exercise.' })
export class ExerciseNeighbourType {
  @Field(() => ExerciseType)
  exercise!: ExerciseType;

  @Field(() => String, { description: 'TRANSFERS_TO or SIMILAR_TO.' })
  kind!: string;

  @Field(() => String, { description: 'out: this exercise → neighbour; in: neighbour → this exercise.' })
  direction!: string;

  @Field(() => Float, { description: 'TRANSFERS_TO weight (carry-over, 0–1) or SIMILAR_TO score.' })
  weight!: number;

  @Field(() => String, { nullable: true, description: 'Why they are similar (SIMILAR_TO only).' })
  basis!: string | null;
}
