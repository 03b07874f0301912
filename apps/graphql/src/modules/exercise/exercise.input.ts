import { Field, InputType } from 'type-graphql';

@InputType('ExerciseFilter', { description: 'All filters optional and combined with AND.' })
export class ExerciseFilterInput {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Muscle group id (e.g. chest, quadriceps).' })
  muscle?: string | null;

  @Field(() => String, { nullable: true, description: 'primary or secondary (with muscle).' })
  role?: string | null;

  @Field(() => String, { nullable: true })
  pattern?: string | null;

  @Field(() => [String], { nullable: true })
  equipment?: string[] | null;

  @Field(() => String, { nullable: true, description: 'compound or isolation.' })
  mechanic?: string | null;
}
