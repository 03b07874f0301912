import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Athlete')
export class AthleteType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  sex!: string | null;

  @Field(() => Int, { nullable: true })
  birthYear!: number | null;

  @Field(() => Float, { nullable: true })
  bodyweightKg!: number | null;

  @Field(() => ID, { nullable: true })
  coachId!: string | null;

  @Field(() => String, { description: "IANA time zone (Europe/Paris) the athlete's dates are in; UTC when not set." })
  timeZone!: string;

  @Field(() => String, { description: 'Preferred unit for loads: kg | lbs.' })
  unit!: string;
}

@ObjectType('PersonalRecord', { description: 'A personal record set in a logged session.' })
export class PersonalRecordType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String)
  exerciseName!: string;

  @Field(() => String, { description: 'e1rm (best estimated 1RM) | reps (most reps at a load)' })
  kind!: string;

  @Field(() => String)
  date!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => Float, { nullable: true })
  weightKg!: number | null;

  @Field(() => Int)
  reps!: number;

  @Field(() => Float, { nullable: true })
  e1rmKg!: number | null;

  @Field(() => Float, { nullable: true, description: 'The best before this record (e1RM kg for e1rm, reps for reps); null for a first.' })
  previousBest!: number | null;
}

@ObjectType('LoggedSet')
export class LoggedSetType {
  @Field(() => Int, { nullable: true, description: 'null when not done.' })
  reps!: number | null;

  @Field(() => Float, { nullable: true })
  weightKg!: number | null;

  @Field(() => Float, { nullable: true })
  rir!: number | null;

  @Field(() => Float, { nullable: true })
  rpe!: number | null;

  @Field(() => Float, { nullable: true, description: 'Actual rest before the set (s), from the rest timer.' })
  restSec!: number | null;

  @Field(() => Boolean, { description: 'false: left blank (kept as not done, never dropped).' })
  done!: boolean;

  @Field(() => Boolean)
  warmup!: boolean;
}

@ObjectType('LoggedExercise')
export class LoggedExerciseType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String)
  exerciseName!: string;

  @Field(() => [LoggedSetType])
  sets!: LoggedSetType[];
}

@ObjectType('Session')
export class SessionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  date!: string;

  @Field(() => String)
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'Local end (YYYY-MM-DDTHH:MM:SS), when logged.' })
  endedAt!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => ID, { nullable: true, description: 'The program this session follows.' })
  programId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The program week (0-based) of the day it fulfils.' })
  week!: number | null;

  @Field(() => Int, { nullable: true, description: 'The program day (0-based session of the week) it fulfils.' })
  day!: number | null;

  @Field(() => Float, { nullable: true })
  durationMin!: number | null;

  @Field(() => Float, { nullable: true, description: "The athlete's rating of the whole session (CR-10, 1–10), null when not given." })
  sessionRpe!: number | null;

  @Field(() => Int, { description: 'Exercises with at least one done set (blank, not-done sets do not count).' })
  performances!: number;

  @Field(() => Int, { description: 'Done sets only: a set left blank (done false) is not counted.' })
  sets!: number;
}

@ObjectType('SessionConnection', { description: 'Newest first; pass nextCursor as `after` for the next page.' })
export class SessionConnectionType {
  @Field(() => [SessionType])
  sessions!: SessionType[];

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}

@ObjectType('E1rmPoint', {
  description:
    'The capacity estimate (e1RM with its uncertainty band) of one exercise as of one session day: every set up to that day, the 12 weeks before it, outliers dropped, detraining decay.',
})
export class E1rmPointType {
  @Field(() => String)
  date!: string;

  @Field(() => ID, { description: "The day's last session with the exercise." })
  sessionId!: string;

  @Field(() => Float, { description: 'Estimated 1RM (kg) as of that day.' })
  e1rmKg!: number;

  @Field(() => Float, { description: 'Low end of the uncertainty band (kg).' })
  lowKg!: number;

  @Field(() => Float, { description: 'High end of the uncertainty band (kg).' })
  highKg!: number;

  @Field(() => Float, { description: "That day's own best set as an implied e1RM (kg), same RIR convention." })
  sessionE1rmKg!: number;
}

@ObjectType('WeeklyLoad', { description: 'Session-RPE load (AU) per ISO week with monotony, strain and ACWR.' })
export class WeeklyLoadType {
  @Field(() => String)
  weekStart!: string;

  @Field(() => Float)
  load!: number;

  @Field(() => Float, { nullable: true })
  monotony!: number | null;

  @Field(() => Float, { nullable: true })
  strain!: number | null;

  @Field(() => Float, { nullable: true })
  acwrEwma!: number | null;

  @Field(() => Float, { nullable: true })
  acwrRolling!: number | null;
}

@ObjectType('MuscleSets')
export class MuscleSetsType {
  @Field(() => String)
  muscle!: string;

  @Field(() => Float)
  sets!: number;
}

@ObjectType('WeeklyHardSets', { description: 'Hard sets per muscle and week (primary 1, secondary 0.5).' })
export class WeeklyHardSetsType {
  @Field(() => String)
  weekStart!: string;

  @Field(() => [MuscleSetsType])
  muscles!: MuscleSetsType[];
}

@ObjectType('AthleteFlag')
export class AthleteFlagType {
  @Field(() => String, { description: 'ACWR_HIGH | MONOTONY_SPIKE | MISSED_SESSIONS' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('Compliance', {
  description:
    "Of the active program, as of the athlete's today: prescribed = planned (not skipped) days dated before today, plus today's once done (today is not due before it is over); completed = those a logged session fulfils; ratio null when none is due.",
})
export class ComplianceType {
  @Field(() => ID)
  programId!: string;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  prescribed!: number;

  @Field(() => Float, { nullable: true })
  ratio!: number | null;
}

@ObjectType('AthleteStatus', { description: 'Latest metrics as of today: last 7 days of load, EWMA ACWR, compliance and flags.' })
export class AthleteStatusType {
  @Field(() => String)
  asOf!: string;

  @Field(() => Float)
  weekLoadAu!: number;

  @Field(() => Float, { nullable: true })
  monotony!: number | null;

  @Field(() => Float, { nullable: true })
  strain!: number | null;

  @Field(() => Float, { nullable: true })
  acwr!: number | null;

  @Field(() => String, { nullable: true })
  lastSessionDate!: string | null;

  @Field(() => Int, { nullable: true })
  daysSinceLastSession!: number | null;

  @Field(() => ComplianceType, { nullable: true })
  compliance!: ComplianceType | null;

  @Field(() => [AthleteFlagType])
  flags!: AthleteFlagType[];
}
