import type { UserRecord } from '@liftgraph/neo4j';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

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

  @Field(() => String, { description: 'kg | lbs: the unit loads are shown and entered in (stored in kg).' })
  unit!: string;

  @Field(() => String, { description: 'BCP-47 locale for dates and numbers, e.g. en-GB.' })
  locale!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Paris.' })
  timeZone!: string;

  @Field(() => Boolean, { description: 'Whether fractional plates are available (finer load rounding).' })
  microplates!: boolean;

  @Field(() => Boolean, { description: 'A disabled account cannot sign in; its sessions have ended.' })
  disabled!: boolean;

  /** Resolved by UserResolver.organisation; not a GraphQL field itself. */
  organisationId!: string | null;
}

export const toUserType = (u: UserRecord): UserType => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  athleteId: u.athleteId,
  coachId: u.coachId,
  unit: u.unit,
  locale: u.locale,
  timeZone: u.timeZone,
  microplates: u.microplates,
  disabled: u.disabled,
  organisationId: u.organisationId,
});

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"; short-lived (ACCESS_TOKEN_TTL_SEC, 15 min by default).' })
  token!: string;

  @Field(() => String)
  expiresAt!: string;

  @Field(() => String, { description: 'Single use: exchange it with refreshSession for new tokens before refreshExpiresAt.' })
  refreshToken!: string;

  @Field(() => String)
  refreshExpiresAt!: string;

  @Field(() => UserType)
  user!: UserType;
}

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  password!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The gym or team this coach account starts.' })
  organisationName!: string;
}

@InputType('PreferencesInput', { description: 'Fields left out keep their current value.' })
export class PreferencesInput {
  @Field(() => String, { nullable: true, description: 'kg | lbs' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP-47, e.g. en-GB, fr-FR, en-US' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Paris' })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true })
  microplates?: boolean | null;
}
