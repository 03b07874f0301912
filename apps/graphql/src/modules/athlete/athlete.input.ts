import { Field, Float, ID, InputType } from 'type-graphql';

@InputType('CreateAthleteInput', { description: 'A new athlete with no history; a coach creating one becomes their coach.' })
export class CreateAthleteInput {
  @Field(() => ID, { nullable: true, description: 'Default: generated from the name.' })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone (Europe/Paris); default UTC.' })
  timeZone?: string | null;

  @Field(() => Float, { nullable: true })
  bodyweightKg?: number | null;

  @Field(() => String, { nullable: true, description: 'kg | lbs (default kg).' })
  unit?: string | null;
}
