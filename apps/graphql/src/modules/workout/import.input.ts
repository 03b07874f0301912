import { Field, ID, InputType } from 'type-graphql';

@InputType('NameMappingInput', {
  description: 'A logged exercise name mapped by hand to a catalog exercise (remembered for the organisation).',
})
export class NameMappingInput {
  @Field(() => String, { description: 'The name as the file writes it.' })
  name!: string;

  @Field(() => ID)
  exerciseId!: string;
}

@InputType('NewAthleteInput', { description: 'An athlete to create with the import (the importing coach coaches them).' })
export class NewAthleteInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'kg | lbs (default: the unit the file is read in).' })
  unit?: string | null;
}
