import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { UserType } from '../auth/auth.type.js';

@ObjectType('Organisation', { description: 'A gym or team: its coaches and the athletes they coach.' })
export class OrganisationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => Int, { description: "Distinct athletes coached by the organisation's coaches." })
  athleteCount!: number;

  /** Resolved by OrganisationResolver.coaches. */
  coaches?: UserType[];
}

@ObjectType('Invite')
export class InviteType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  athleteId!: string;

  @Field(() => String)
  athleteName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String)
  createdAt!: string;

  @Field(() => String)
  expiresAt!: string;

  @Field(() => String, { description: 'pending | used | expired | revoked' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'The code, only in the answer of createInvite (never stored, shown once).' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The portal link with the code, only in the answer of createInvite.' })
  url!: string | null;
}

@ObjectType('InvitePreview', { description: 'What an invitee sees before setting a password.' })
export class InvitePreviewType {
  @Field(() => String)
  athleteName!: string;

  @Field(() => String)
  coachName!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String)
  expiresAt!: string;
}

@ObjectType('PasswordResetLink', { description: 'A single-use reset link for one account; hand it to its owner.' })
export class PasswordResetLinkType {
  @Field(() => String)
  url!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  expiresAt!: string;

  @Field(() => String)
  userEmail!: string;
}

@InputType('CreateCoachInput')
export class CreateCoachInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  password!: string;
}
