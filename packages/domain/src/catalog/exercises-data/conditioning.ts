import { defineExercises } from './define-exercise.js';

const RUN = { quadriceps: 0.3, hamstrings: 0.25 };
const RUN_2 = { calves: 0.2, glutes: 0.2, abdominals: 0.05 };

/** Cardio machines, conditioning drills and the bodyweight core moves loggers record next to them. */
export const CONDITIONING_EXERCISES = defineExercises([
  {
    id: 'treadmill-run', name: 'Treadmill Running', pattern: 'conditioning', equipment: 'machine', category: 'cardio', mechanic: 'compound',
    primary: RUN, secondary: RUN_2, aliases: ['Treadmill', 'Running (Treadmill)', 'Running', 'Run', 'Treadmill Run', 'Jogging', 'Treadmill Walk', 'Walking'],
  },
  {
    id: 'rowing-machine', name: 'Rowing Machine', pattern: 'conditioning', equipment: 'machine', category: 'cardio', mechanic: 'compound', force: 'pull',
    primary: { lats: 0.25, quadriceps: 0.25 }, secondary: { 'middle back': 0.15, hamstrings: 0.1, glutes: 0.1, biceps: 0.1, abdominals: 0.05 },
    aliases: ['Rowing (Machine)', 'Rower', 'Rowing', 'Row Erg', 'Indoor Rowing', 'Concept2 Rower'],
  },
  {
    id: 'stationary-bike', name: 'Stationary Bike', pattern: 'conditioning', equipment: 'machine', category: 'cardio', mechanic: 'compound',
    primary: { quadriceps: 0.45 }, secondary: { glutes: 0.2, hamstrings: 0.15, calves: 0.2 },
    aliases: ['Cycling', 'Cycling (Machine)', 'Bike', 'Exercise Bike', 'Spin Bike', 'Indoor Cycling', 'Air Bike', 'Assault Bike'],
  },
  {
    id: 'elliptical', name: 'Elliptical Trainer', pattern: 'conditioning', equipment: 'machine', category: 'cardio', mechanic: 'compound',
    primary: { quadriceps: 0.35, glutes: 0.25 }, secondary: { hamstrings: 0.2, calves: 0.2 }, aliases: ['Elliptical Machine', 'Elliptical', 'Cross Trainer'],
  },
  {
    id: 'stair-climber', name: 'Stair Climber', pattern: 'conditioning', equipment: 'machine', category: 'cardio', mechanic: 'compound',
    primary: { quadriceps: 0.35, glutes: 0.35 }, secondary: { calves: 0.2, hamstrings: 0.1 }, aliases: ['Stairmaster', 'Stair Machine', 'Stair Stepper'],
  },
  {
    id: 'jump-rope', name: 'Jump Rope', pattern: 'conditioning', equipment: 'other', category: 'cardio', mechanic: 'compound',
    primary: { calves: 0.6 }, secondary: { quadriceps: 0.2, shoulders: 0.1, forearms: 0.1 }, aliases: ['Skipping Rope', 'Skipping', 'Jumping Rope'],
  },
  {
    id: 'jumping-jack', name: 'Jumping Jack', pattern: 'conditioning', equipment: 'body only', category: 'cardio', mechanic: 'compound',
    primary: { calves: 0.35, shoulders: 0.3 }, secondary: { quadriceps: 0.15, abductors: 0.1, adductors: 0.1 }, aliases: ['Jumping Jacks', 'Star Jumps'],
  },
  {
    id: 'mountain-climber', name: 'Mountain Climber', pattern: 'conditioning', equipment: 'body only', category: 'cardio', mechanic: 'compound',
    primary: { abdominals: 0.45 }, secondary: { quadriceps: 0.2, shoulders: 0.2, glutes: 0.15 }, aliases: ['Mountain Climbers'],
  },
  {
    id: 'bicycle-crunch', name: 'Bicycle Crunch', pattern: 'rotation', equipment: 'body only',
    primary: { abdominals: 1 }, aliases: ['Bicycle Crunches', 'Bicycle Kicks', 'Cross Body Crunch', 'Oblique Crunch', 'Oblique Crunches'],
  },
  {
    id: 'reverse-crunch', name: 'Reverse Crunch', pattern: 'core-flexion', equipment: 'body only',
    primary: { abdominals: 1 }, aliases: ['Reverse Crunches', 'Reverse Crunch (Bodyweight)'],
  },
  {
    id: 'v-up', name: 'V-Up', pattern: 'core-flexion', equipment: 'body only', level: 'intermediate',
    primary: { abdominals: 0.85 }, secondary: { quadriceps: 0.15 }, aliases: ['V Up', 'V-Ups', 'Jackknife Sit Up'],
  },
  {
    id: 'hollow-hold', name: 'Hollow Body Hold', pattern: 'core-stability', equipment: 'body only',
    primary: { abdominals: 1 }, aliases: ['Hollow Hold', 'Hollow Body', 'Hollow Rock'],
  },
  {
    id: 'dragon-flag', name: 'Dragon Flag', pattern: 'core-flexion', equipment: 'body only', level: 'expert',
    primary: { abdominals: 0.85 }, secondary: { 'lower back': 0.05, lats: 0.1 }, aliases: ['Dragon Flags'],
  },
  {
    id: 'superman', name: 'Superman', pattern: 'core-stability', equipment: 'body only',
    primary: { 'lower back': 0.6 }, secondary: { glutes: 0.25, hamstrings: 0.15 }, aliases: ['Supermans', 'Superman Hold', 'Prone Back Extension'],
  },
  {
    id: 'glute-ham-raise', name: 'Glute Ham Raise', pattern: 'knee-flexion', equipment: 'other', loading: 'bodyweight-plus', level: 'intermediate',
    primary: { hamstrings: 0.7 }, secondary: { glutes: 0.2, calves: 0.1 }, aliases: ['GHR', 'Glute-Ham Raise', 'Glute Ham Developer Raise'],
  },
  {
    id: 'muscle-up', name: 'Muscle-Up', pattern: 'vertical-pull', equipment: 'body only', level: 'expert',
    primary: { lats: 0.4 }, secondary: { triceps: 0.2, chest: 0.15, biceps: 0.15, shoulders: 0.1 }, aliases: ['Muscle Up', 'Bar Muscle Up', 'Ring Muscle Up'],
  },
  {
    id: 'dumbbell-sumo-squat', name: 'Dumbbell Sumo Squat', pattern: 'squat', equipment: 'dumbbell', loading: 'single',
    primary: { quadriceps: 0.4, glutes: 0.3 }, secondary: { adductors: 0.2, hamstrings: 0.1 }, aliases: ['Sumo Squat (Dumbbell)', 'Sumo Squat', 'Plie Squat', 'Goblet Sumo Squat'],
  },
]);
