// The soak's mix of GraphQL operations, as the portal sends them: coach dashboard and athlete page,
// exercise search and neighbours, athletes logging workouts, the occasional generated program.
import { pickWeighted } from './soak-stats.js';

export interface GqlCall {
  token: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface SoakActors {
  coachToken: string;
  athletes: Array<{ id: string; token: string }>;
  exerciseIds: string[];
}

/** Operation name → share of the requests. */
export const MIX = {
  coachDashboard: 25,
  athletePage: 15,
  e1rmSeries: 8,
  predictions: 5,
  exerciseSearch: 15,
  exerciseNeighbours: 10,
  muscleGroups: 2,
  myTraining: 6,
  logWorkout: 12,
  generateProgram: 2,
} as const;

export type SoakOp = keyof typeof MIX;

/** The same mix without the operations that grow the graph (logged workouts, generated programs). */
export const READ_ONLY_MIX: Record<SoakOp, number> = { ...MIX, logWorkout: 0, generateProgram: 0 };

const STATUS =
  'status { asOf weekLoadAu monotony strain acwr lastSessionDate daysSinceLastSession compliance { programId completed prescribed ratio } flags { code message } }';
const SEARCH_TEXT = ['squat', 'bench', 'row', 'press', 'curl', 'dead', 'pull', 'lunge', 'fly', 'raise'];

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('soak: nothing to pick from (no athletes or exercises seeded?)');
  return item;
}

const lastStart = new Map<string, number>();

/** `YYYY-MM-DDTHH:MM:SS` (what logWorkout takes), at least a second after this athlete's previous one. */
function sessionStart(athleteId: string, now: Date): string {
  const t = Math.max(Math.floor(now.getTime() / 1000) * 1000, (lastStart.get(athleteId) ?? 0) + 1000);
  lastStart.set(athleteId, t);
  return new Date(t).toISOString().slice(0, 19);
}

/** One request of the mix; `now` stamps logged workouts so every one is a new session. */
export function nextCall(
  actors: SoakActors,
  random: () => number,
  now: Date,
  mix: Record<SoakOp, number> = MIX,
): { op: SoakOp; call: GqlCall } {
  const op = pickWeighted(mix, random);
  const athlete = pick(actors.athletes, random);
  const coach = actors.coachToken;
  switch (op) {
    case 'coachDashboard':
      return { op, call: { token: coach, query: `query Roster { athletes { id name ${STATUS} } }`, variables: {} } };
    case 'athletePage':
      return {
        op,
        call: {
          token: coach,
          query: `query AthleteDetail($id: ID!) { athlete(id: $id) { id name sex bodyweightKg ${STATUS}
            weeklyLoad { weekStart load monotony strain acwrEwma acwrRolling } weeklyHardSets { weekStart muscles { muscle sets } }
            sessions(first: 8) { sessions { id date title durationMin performances sets } } } }`,
          variables: { id: athlete.id },
        },
      };
    case 'e1rmSeries':
      return {
        op,
        call: {
          token: coach,
          query: 'query E1rm($id: ID!, $ex: ID!) { athlete(id: $id) { id e1rmSeries(exerciseId: $ex) { date e1rmKg sessionId } } }',
          variables: { id: athlete.id, ex: pick(actors.exerciseIds, random) },
        },
      };
    case 'predictions':
      return {
        op,
        call: {
          token: coach,
          query: 'query P($a: ID!) { predictions(athleteId: $a) { exerciseId nextWeightKg nextReps nextRestSec } }',
          variables: { a: athlete.id },
        },
      };
    case 'exerciseSearch':
      return {
        op,
        call: {
          token: coach,
          query: 'query S($t: String!) { exercises(filter: { text: $t }, limit: 8) { id name equipment mechanic pattern primaryMuscles } }',
          variables: { t: pick(SEARCH_TEXT, random) },
        },
      };
    case 'exerciseNeighbours':
      return {
        op,
        call: {
          token: coach,
          query:
            'query N($id: ID!) { exercise(id: $id) { id name targets { muscle role share } } similarExercises(id: $id, limit: 6) { score basis exercise { id name } } }',
          variables: { id: pick(actors.exerciseIds, random) },
        },
      };
    case 'muscleGroups':
      return { op, call: { token: coach, query: '{ muscleGroups { id name region exercises { id name } } }', variables: {} } };
    case 'myTraining':
      return {
        op,
        call: {
          token: athlete.token,
          query: 'query Me($id: ID!) { athlete(id: $id) { id programs { id name } sessions(first: 5) { sessions { id date title } } } }',
          variables: { id: athlete.id },
        },
      };
    case 'logWorkout': {
      const exercises = [0, 1, 2].map(() => pick(actors.exerciseIds, random));
      const performances = [...new Set(exercises)].map((exerciseId) => ({
        exerciseId,
        sets: [0, 1, 2].map(() => ({
          reps: 5 + Math.floor(random() * 6),
          weightKg: 20 + Math.round(random() * 60) * 2.5,
          rpe: 7 + Math.round(random() * 4) / 2,
        })),
      }));
      return {
        op,
        call: {
          token: athlete.token,
          query: 'mutation L($input: LogWorkoutInput!) { logWorkout(input: $input) { sessionId performances sets } }',
          variables: {
            input: {
              athleteId: athlete.id,
              startedAt: sessionStart(athlete.id, now),
              title: 'Soak session',
              durationMin: 60,
              sessionRpe: 7,
              performances,
            },
          },
        },
      };
    }
    case 'generateProgram':
      return {
        op,
        call: {
          token: coach,
          query:
            'mutation G($input: GenerateProgramInput!) { generateProgram(input: $input) { id weeks { index days { index prescriptions { exerciseId sets reps loadKg } } } } }',
          variables: {
            input: {
              athleteId: athlete.id,
              daysPerWeek: pick([3, 5, 6], random),
              goal: pick(['strength', 'hypertrophy', 'general'], random),
              weeks: 4,
            },
          },
        },
      };
  }
}
