import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'COACH | ATHLETE | ANALYST | ADMIN' })
  role!: string;

  @Field(() => ID, { nullable: true })
  athleteId!: string | null;

  @Field(() => ID, { nullable: true })
  coachId!: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => String)
  expiresAt!: string;

  @Field(() => UserType)
  user!: UserType;
}
