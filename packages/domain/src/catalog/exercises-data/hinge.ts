import { defineExercises } from './define-exercise.js';

const DEADLIFT = { hamstrings: 0.25, glutes: 0.25, 'lower back': 0.2 };
const DEADLIFT_2 = { quadriceps: 0.12, traps: 0.08, forearms: 0.06, lats: 0.04 };
const RDL = { hamstrings: 0.45, glutes: 0.25 };
const RDL_2 = { 'lower back': 0.18, forearms: 0.06, traps: 0.06 };
const THRUST = { glutes: 0.65 };
const THRUST_2 = { hamstrings: 0.2, quadriceps: 0.1, adductors: 0.05 };
const SWING = { glutes: 0.4, hamstrings: 0.3 };
const SWING_2 = { 'lower back': 0.12, shoulders: 0.06, abdominals: 0.06, forearms: 0.06 };
const PULL_FROM_FLOOR = { quadriceps: 0.2, glutes: 0.2, hamstrings: 0.18 };
const PULL_FROM_FLOOR_2 = { traps: 0.15, 'lower back': 0.12, shoulders: 0.1, calves: 0.05 };

/** Hip-hinge patterns: deadlift family, Romanian deadlifts, hip thrusts, swings and the Olympic pulls. */
export const HINGE_EXERCISES = defineExercises([
  {
    id: 'barbell-deadlift', name: 'Barbell Deadlift', pattern: 'hinge', equipment: 'barbell', level: 'intermediate', category: 'powerlifting',
    primary: DEADLIFT, secondary: DEADLIFT_2,
    aliases: ['Deadlift (Barbell)', 'Deadlift', 'Deadlifts', 'Conventional Deadlift', 'Conventional Deadlift (Barbell)', 'BB Deadlift'],
  },
  {
    id: 'sumo-deadlift', name: 'Sumo Deadlift', pattern: 'hinge', equipment: 'barbell', level: 'intermediate', category: 'powerlifting',
    primary: { glutes: 0.28, quadriceps: 0.2, hamstrings: 0.2 }, secondary: { adductors: 0.14, 'lower back': 0.1, traps: 0.08 },
    aliases: ['Sumo Deadlift (Barbell)', 'Barbell Sumo Deadlift'],
  },
  {
    id: 'trap-bar-deadlift', name: 'Trap Bar Deadlift', pattern: 'hinge', equipment: 'other',
    primary: { quadriceps: 0.28, glutes: 0.25, hamstrings: 0.2 }, secondary: { 'lower back': 0.12, traps: 0.1, forearms: 0.05 },
    aliases: ['Trap Bar Deadlift', 'Hex Bar Deadlift', 'Deadlift (Trap Bar)', 'Deadlift (Hex Bar)'],
  },
  {
    id: 'deficit-deadlift', name: 'Deficit Deadlift', pattern: 'hinge', equipment: 'barbell', level: 'expert', category: 'powerlifting',
    primary: DEADLIFT, secondary: DEADLIFT_2, aliases: ['Deficit Deadlift (Barbell)'],
  },
  {
    id: 'rack-pull', name: 'Rack Pull', pattern: 'hinge', equipment: 'barbell', level: 'intermediate', category: 'powerlifting',
    primary: { glutes: 0.25, 'lower back': 0.25, traps: 0.2 }, secondary: { hamstrings: 0.15, forearms: 0.1, lats: 0.05 },
    aliases: ['Rack Pull (Barbell)', 'Rack Pulls', 'Block Pull'],
  },
  {
    id: 'smith-machine-deadlift', name: 'Smith Machine Deadlift', pattern: 'hinge', equipment: 'machine',
    primary: DEADLIFT, secondary: DEADLIFT_2, aliases: ['Deadlift (Smith Machine)'],
  },
  {
    id: 'dumbbell-deadlift', name: 'Dumbbell Deadlift', pattern: 'hinge', equipment: 'dumbbell',
    primary: DEADLIFT, secondary: DEADLIFT_2, aliases: ['Deadlift (Dumbbell)'],
  },
  {
    id: 'kettlebell-deadlift', name: 'Kettlebell Deadlift', pattern: 'hinge', equipment: 'kettlebells', loading: 'single',
    primary: DEADLIFT, secondary: DEADLIFT_2, aliases: ['Deadlift (Kettlebell)'],
  },
  {
    id: 'barbell-romanian-deadlift', name: 'Barbell Romanian Deadlift', pattern: 'hinge', equipment: 'barbell', level: 'intermediate',
    primary: RDL, secondary: RDL_2,
    aliases: ['Romanian Deadlift (Barbell)', 'Romanian Deadlift', 'Romanian Deadlifts', 'RDL', 'Barbell RDL'],
  },
  {
    id: 'dumbbell-romanian-deadlift', name: 'Dumbbell Romanian Deadlift', pattern: 'hinge', equipment: 'dumbbell',
    primary: RDL, secondary: RDL_2, aliases: ['Romanian Deadlift (Dumbbell)', 'DB RDL', 'Dumbbell RDL'],
  },
  {
    id: 'single-leg-romanian-deadlift', name: 'Single Leg Romanian Deadlift', pattern: 'hinge', equipment: 'dumbbell', level: 'intermediate',
    primary: { hamstrings: 0.4, glutes: 0.35 }, secondary: { 'lower back': 0.1, abductors: 0.1, forearms: 0.05 },
    aliases: ['Single Leg Romanian Deadlift (Dumbbell)', 'Single Leg RDL', 'Single Leg Deadlift'],
  },
  {
    id: 'stiff-leg-deadlift', name: 'Stiff Leg Deadlift', pattern: 'hinge', equipment: 'barbell', level: 'intermediate',
    primary: RDL, secondary: RDL_2,
    aliases: ['Stiff Leg Deadlift (Barbell)', 'Straight Leg Deadlift', 'Stiff-Legged Deadlift', 'Stiff Legged Deadlift (Barbell)', 'SLDL'],
  },
  {
    id: 'dumbbell-stiff-leg-deadlift', name: 'Dumbbell Stiff Leg Deadlift', pattern: 'hinge', equipment: 'dumbbell',
    primary: RDL, secondary: RDL_2, aliases: ['Stiff Leg Deadlift (Dumbbell)'],
  },
  {
    id: 'good-morning', name: 'Barbell Good Morning', pattern: 'hinge', equipment: 'barbell', level: 'intermediate',
    primary: { hamstrings: 0.4, 'lower back': 0.3 }, secondary: { glutes: 0.25, abdominals: 0.05 },
    aliases: ['Good Morning (Barbell)', 'Good Morning', 'Good Mornings'],
  },
  {
    id: 'barbell-hip-thrust', name: 'Barbell Hip Thrust', pattern: 'hinge', equipment: 'barbell', force: 'push',
    primary: THRUST, secondary: THRUST_2, aliases: ['Hip Thrust (Barbell)', 'Hip Thrust', 'Hip Thrusts', 'Barbell Glute Bridge Thrust'],
  },
  {
    id: 'machine-hip-thrust', name: 'Machine Hip Thrust', pattern: 'hinge', equipment: 'machine', force: 'push',
    primary: THRUST, secondary: THRUST_2, aliases: ['Hip Thrust (Machine)', 'Glute Drive'],
  },
  {
    id: 'smith-machine-hip-thrust', name: 'Smith Machine Hip Thrust', pattern: 'hinge', equipment: 'machine', force: 'push',
    primary: THRUST, secondary: THRUST_2, aliases: ['Hip Thrust (Smith Machine)'],
  },
  {
    id: 'barbell-glute-bridge', name: 'Barbell Glute Bridge', pattern: 'hinge', equipment: 'barbell', force: 'push',
    primary: THRUST, secondary: THRUST_2, aliases: ['Glute Bridge (Barbell)'],
  },
  {
    id: 'glute-bridge', name: 'Glute Bridge', pattern: 'hinge', equipment: 'body only', force: 'push',
    primary: THRUST, secondary: THRUST_2, aliases: ['Glute Bridge (Bodyweight)', 'Bridge', 'Hip Bridge', 'Hip Thrust (Bodyweight)', 'Bodyweight Hip Thrust'],
  },
  {
    id: 'cable-pull-through', name: 'Cable Pull Through', pattern: 'hinge', equipment: 'cable',
    primary: { glutes: 0.5, hamstrings: 0.3 }, secondary: { 'lower back': 0.15, forearms: 0.05 },
    aliases: ['Pull Through (Cable)', 'Cable Pull-Through'],
  },
  {
    id: 'back-extension', name: 'Back Extension', pattern: 'hinge', equipment: 'other', loading: 'bodyweight-plus',
    primary: { 'lower back': 0.4, glutes: 0.3 }, secondary: { hamstrings: 0.3 },
    aliases: [
      'Back Extension (Hyperextension)', 'Hyperextension', 'Hyperextensions', 'Back Extension (Weighted Hyperextension)',
      'Back Extension (Machine)', '45 Degree Back Extension', 'Roman Chair Back Extension', 'Weighted Back Extension',
    ],
  },
  {
    id: 'reverse-hyperextension', name: 'Reverse Hyperextension', pattern: 'hinge', equipment: 'machine', level: 'intermediate',
    primary: { glutes: 0.45, hamstrings: 0.3 }, secondary: { 'lower back': 0.25 },
    aliases: ['Reverse Hyperextension (Machine)', 'Reverse Hyper'],
  },
  {
    id: 'kettlebell-swing', name: 'Kettlebell Swing', pattern: 'hinge', equipment: 'kettlebells',
    primary: SWING, secondary: SWING_2, aliases: ['Kettlebell Swing', 'Kettlebell Swings', 'KB Swing', 'Russian Kettlebell Swing'],
  },
  {
    id: 'dumbbell-swing', name: 'Dumbbell Swing', pattern: 'hinge', equipment: 'dumbbell',
    primary: SWING, secondary: SWING_2, aliases: ['Swing (Dumbbell)'],
  },
  {
    id: 'power-clean', name: 'Power Clean', pattern: 'hinge', equipment: 'barbell', level: 'expert', category: 'olympic weightlifting',
    primary: PULL_FROM_FLOOR, secondary: PULL_FROM_FLOOR_2, aliases: ['Power Clean (Barbell)', 'Power Cleans'],
  },
  {
    id: 'clean', name: 'Barbell Clean', pattern: 'hinge', equipment: 'barbell', level: 'expert', category: 'olympic weightlifting',
    primary: PULL_FROM_FLOOR, secondary: PULL_FROM_FLOOR_2, aliases: ['Clean (Barbell)', 'Clean', 'Squat Clean', 'Cleans'],
  },
  {
    id: 'hang-clean', name: 'Hang Clean', pattern: 'hinge', equipment: 'barbell', level: 'expert', category: 'olympic weightlifting',
    primary: PULL_FROM_FLOOR, secondary: PULL_FROM_FLOOR_2, aliases: ['Hang Clean (Barbell)', 'Hang Power Clean'],
  },
  {
    id: 'clean-and-jerk', name: 'Clean and Jerk', pattern: 'hinge', equipment: 'barbell', level: 'expert', category: 'olympic weightlifting',
    primary: { quadriceps: 0.22, glutes: 0.18, shoulders: 0.18 }, secondary: { hamstrings: 0.14, traps: 0.12, triceps: 0.1, 'lower back': 0.06 },
    aliases: ['Clean and Jerk (Barbell)', 'Clean & Jerk'],
  },
  {
    id: 'snatch', name: 'Barbell Snatch', pattern: 'hinge', equipment: 'barbell', level: 'expert', category: 'olympic weightlifting',
    primary: { quadriceps: 0.2, glutes: 0.2, hamstrings: 0.16 }, secondary: { shoulders: 0.14, traps: 0.14, 'lower back': 0.1, triceps: 0.06 },
    aliases: ['Snatch (Barbell)', 'Snatch', 'Power Snatch', 'Power Snatch (Barbell)'],
  },
  {
    id: 'clean-pull', name: 'Clean Pull', pattern: 'hinge', equipment: 'barbell', level: 'intermediate', category: 'olympic weightlifting',
    primary: { glutes: 0.22, hamstrings: 0.22, traps: 0.2 }, secondary: { quadriceps: 0.16, 'lower back': 0.14, forearms: 0.06 },
    aliases: ['Clean Pull (Barbell)'],
  },
  {
    id: 'nordic-hamstring-curl', name: 'Nordic Hamstring Curl', pattern: 'knee-flexion', equipment: 'body only', level: 'intermediate',
    primary: { hamstrings: 0.85 }, secondary: { glutes: 0.1, calves: 0.05 }, aliases: ['Nordic Curl', 'Nordic Hamstring Curls', 'Nordics'],
  },
]);
