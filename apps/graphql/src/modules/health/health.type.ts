import { Field, ObjectType } from 'type-graphql';

@ObjectType('Health')
export class HealthType {
  @Field(() => String)
  status!: string;

  @Field(() => String)
  version!: string;
}
