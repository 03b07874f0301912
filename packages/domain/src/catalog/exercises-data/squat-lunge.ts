import { defineExercises } from './define-exercise.js';

const SQUAT = { quadriceps: 0.5, glutes: 0.25 };
const SQUAT_2 = { adductors: 0.1, hamstrings: 0.08, 'lower back': 0.07 };
const LUNGE = { quadriceps: 0.45, glutes: 0.3 };
const LUNGE_2 = { adductors: 0.1, hamstrings: 0.1, calves: 0.05 };
const PRESS = { quadriceps: 0.55, glutes: 0.25 };
const PRESS_2 = { adductors: 0.1, hamstrings: 0.1 };

/** Squat, leg-press and single-leg (lunge) patterns. */
export const SQUAT_LUNGE_EXERCISES = defineExercises([
  {
    id: 'barbell-back-squat', name: 'Barbell Back Squat', pattern: 'squat', equipment: 'barbell', primary: SQUAT, secondary: SQUAT_2,
    aliases: ['Squat (Barbell)', 'Barbell Squat', 'Back Squat', 'Squat', 'Squats', 'High Bar Squat', 'Back Squat (Barbell)', 'BB Squat'],
  },
  {
    id: 'low-bar-squat', name: 'Low Bar Squat', pattern: 'squat', equipment: 'barbell', level: 'intermediate', category: 'powerlifting',
    primary: { quadriceps: 0.4, glutes: 0.3 }, secondary: { hamstrings: 0.12, adductors: 0.1, 'lower back': 0.08 },
    aliases: ['Low Bar Squat (Barbell)', 'Low-Bar Back Squat'],
  },
  {
    id: 'pause-squat', name: 'Pause Squat', pattern: 'squat', equipment: 'barbell', level: 'intermediate', primary: SQUAT, secondary: SQUAT_2,
    aliases: ['Paused Squat (Barbell)', 'Pause Squat (Barbell)', 'Paused Back Squat'],
  },
  {
    id: 'box-squat', name: 'Box Squat', pattern: 'squat', equipment: 'barbell', level: 'intermediate',
    primary: { quadriceps: 0.4, glutes: 0.3 }, secondary: { hamstrings: 0.15, adductors: 0.1, 'lower back': 0.05 },
    aliases: ['Box Squat (Barbell)'],
  },
  {
    id: 'barbell-front-squat', name: 'Barbell Front Squat', pattern: 'squat', equipment: 'barbell', level: 'intermediate',
    primary: { quadriceps: 0.6, glutes: 0.2 }, secondary: { abdominals: 0.08, adductors: 0.07, 'lower back': 0.05 },
    aliases: ['Front Squat (Barbell)', 'Front Squat', 'Front Squats'],
  },
  {
    id: 'safety-bar-squat', name: 'Safety Bar Squat', pattern: 'squat', equipment: 'barbell', level: 'intermediate', primary: SQUAT, secondary: SQUAT_2,
    aliases: ['Safety Squat Bar Squat', 'SSB Squat', 'Squat (Safety Bar)'],
  },
  {
    id: 'zercher-squat', name: 'Zercher Squat', pattern: 'squat', equipment: 'barbell', level: 'expert',
    primary: { quadriceps: 0.5, glutes: 0.22 }, secondary: { abdominals: 0.1, adductors: 0.08, 'lower back': 0.1 },
    aliases: ['Zercher Squat (Barbell)'],
  },
  {
    id: 'overhead-squat', name: 'Barbell Overhead Squat', pattern: 'squat', equipment: 'barbell', level: 'expert', category: 'olympic weightlifting',
    primary: { quadriceps: 0.45, glutes: 0.2 }, secondary: { shoulders: 0.15, abdominals: 0.1, traps: 0.1 },
    aliases: ['Overhead Squat (Barbell)', 'Overhead Squat', 'OHS'],
  },
  {
    id: 'smith-machine-squat', name: 'Smith Machine Squat', pattern: 'squat', equipment: 'machine', primary: PRESS, secondary: PRESS_2,
    aliases: ['Squat (Smith Machine)', 'Smith Squat'],
  },
  {
    id: 'goblet-squat', name: 'Goblet Squat', pattern: 'squat', equipment: 'dumbbell',
    primary: { quadriceps: 0.5, glutes: 0.25 }, secondary: { adductors: 0.1, abdominals: 0.08, hamstrings: 0.07 },
    aliases: ['Goblet Squat (Dumbbell)', 'Dumbbell Goblet Squat'],
  },
  {
    id: 'kettlebell-goblet-squat', name: 'Kettlebell Goblet Squat', pattern: 'squat', equipment: 'kettlebells',
    primary: { quadriceps: 0.5, glutes: 0.25 }, secondary: { adductors: 0.1, abdominals: 0.08, hamstrings: 0.07 },
    aliases: ['Goblet Squat (Kettlebell)'],
  },
  {
    id: 'dumbbell-squat', name: 'Dumbbell Squat', pattern: 'squat', equipment: 'dumbbell', primary: SQUAT, secondary: SQUAT_2,
    aliases: ['Squat (Dumbbell)', 'DB Squat'],
  },
  {
    id: 'bodyweight-squat', name: 'Bodyweight Squat', pattern: 'squat', equipment: 'body only', primary: SQUAT, secondary: SQUAT_2,
    aliases: ['Squat (Bodyweight)', 'Air Squat', 'Air Squats', 'Body Weight Squat'],
  },
  {
    id: 'machine-hack-squat', name: 'Hack Squat', pattern: 'squat', equipment: 'machine',
    primary: { quadriceps: 0.65, glutes: 0.2 }, secondary: { adductors: 0.08, hamstrings: 0.07 },
    aliases: ['Hack Squat (Machine)', 'Machine Hack Squat', 'Hack Squats', 'Sled Hack Squat'],
  },
  {
    id: 'barbell-hack-squat', name: 'Barbell Hack Squat', pattern: 'squat', equipment: 'barbell', level: 'intermediate',
    primary: { quadriceps: 0.6, glutes: 0.2 }, secondary: { hamstrings: 0.1, forearms: 0.1 },
    aliases: ['Hack Squat (Barbell)'],
  },
  {
    id: 'pendulum-squat', name: 'Pendulum Squat', pattern: 'squat', equipment: 'machine',
    primary: { quadriceps: 0.65, glutes: 0.2 }, secondary: { adductors: 0.08, hamstrings: 0.07 },
    aliases: ['Pendulum Squat (Machine)'],
  },
  {
    id: 'belt-squat', name: 'Belt Squat', pattern: 'squat', equipment: 'machine',
    primary: { quadriceps: 0.55, glutes: 0.25 }, secondary: { adductors: 0.12, hamstrings: 0.08 },
    aliases: ['Belt Squat (Machine)'],
  },
  {
    id: 'leg-press', name: 'Leg Press', pattern: 'squat', equipment: 'machine', primary: PRESS, secondary: PRESS_2,
    aliases: ['Leg Press (Machine)', 'Seated Leg Press (Machine)', 'Seated Leg Press', '45 Degree Leg Press', 'Sled Leg Press', 'Leg Press Horizontal (Machine)', 'Horizontal Leg Press', 'Machine Leg Press'],
  },
  {
    id: 'single-leg-press', name: 'Single Leg Press', pattern: 'lunge', equipment: 'machine', primary: PRESS, secondary: PRESS_2,
    aliases: ['Single Leg Press (Machine)', 'One Leg Press'],
  },
  {
    id: 'sissy-squat', name: 'Sissy Squat', pattern: 'squat', equipment: 'body only', level: 'intermediate', mechanic: 'isolation',
    primary: { quadriceps: 0.85 }, secondary: { abdominals: 0.1, glutes: 0.05 },
    aliases: ['Sissy Squat (Bodyweight)'],
  },
  {
    id: 'pistol-squat', name: 'Pistol Squat', pattern: 'lunge', equipment: 'body only', level: 'expert', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Pistol Squat (Bodyweight)', 'Single Leg Squat'],
  },
  {
    id: 'barbell-lunge', name: 'Barbell Lunge', pattern: 'lunge', equipment: 'barbell', level: 'intermediate', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Lunge (Barbell)', 'Barbell Forward Lunge'],
  },
  {
    id: 'dumbbell-lunge', name: 'Dumbbell Lunge', pattern: 'lunge', equipment: 'dumbbell', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Lunge (Dumbbell)', 'Dumbbell Lunges', 'DB Lunge'],
  },
  {
    id: 'bodyweight-lunge', name: 'Bodyweight Lunge', pattern: 'lunge', equipment: 'body only', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Lunge', 'Lunges', 'Lunge (Bodyweight)'],
  },
  {
    id: 'walking-lunge', name: 'Dumbbell Walking Lunge', pattern: 'lunge', equipment: 'dumbbell', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Walking Lunge (Dumbbell)', 'Walking Lunge', 'Walking Lunges', 'DB Walking Lunge'],
  },
  {
    id: 'dumbbell-reverse-lunge', name: 'Dumbbell Reverse Lunge', pattern: 'lunge', equipment: 'dumbbell', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Reverse Lunge (Dumbbell)', 'Reverse Lunge'],
  },
  {
    id: 'barbell-reverse-lunge', name: 'Barbell Reverse Lunge', pattern: 'lunge', equipment: 'barbell', level: 'intermediate', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Reverse Lunge (Barbell)'],
  },
  {
    id: 'dumbbell-bulgarian-split-squat', name: 'Dumbbell Bulgarian Split Squat', pattern: 'lunge', equipment: 'dumbbell', level: 'intermediate',
    primary: { quadriceps: 0.45, glutes: 0.32 }, secondary: { adductors: 0.1, hamstrings: 0.08, calves: 0.05 },
    aliases: ['Bulgarian Split Squat (Dumbbell)', 'Bulgarian Split Squat', 'Bulgarian Split Squats', 'Rear Foot Elevated Split Squat', 'RFESS'],
  },
  {
    id: 'barbell-bulgarian-split-squat', name: 'Barbell Bulgarian Split Squat', pattern: 'lunge', equipment: 'barbell', level: 'intermediate',
    primary: { quadriceps: 0.45, glutes: 0.32 }, secondary: { adductors: 0.1, hamstrings: 0.08, calves: 0.05 },
    aliases: ['Bulgarian Split Squat (Barbell)'],
  },
  {
    id: 'smith-machine-bulgarian-split-squat', name: 'Smith Machine Bulgarian Split Squat', pattern: 'lunge', equipment: 'machine', level: 'intermediate',
    primary: { quadriceps: 0.45, glutes: 0.32 }, secondary: { adductors: 0.1, hamstrings: 0.08, calves: 0.05 },
    aliases: ['Smith Bulgarian Squat', 'Bulgarian Split Squat (Smith Machine)', 'Smith Machine Split Squat'],
  },
  {
    id: 'dumbbell-split-squat', name: 'Dumbbell Split Squat', pattern: 'lunge', equipment: 'dumbbell', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Split Squat (Dumbbell)', 'Split Squat'],
  },
  {
    id: 'dumbbell-step-up', name: 'Dumbbell Step-Up', pattern: 'lunge', equipment: 'dumbbell', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Step Up (Dumbbell)', 'Step Up', 'Step-Ups', 'Box Step Up'],
  },
  {
    id: 'barbell-step-up', name: 'Barbell Step-Up', pattern: 'lunge', equipment: 'barbell', level: 'intermediate', primary: LUNGE, secondary: LUNGE_2,
    aliases: ['Step Up (Barbell)'],
  },
  {
    id: 'lateral-lunge', name: 'Dumbbell Lateral Lunge', pattern: 'lunge', equipment: 'dumbbell',
    primary: { quadriceps: 0.35, adductors: 0.3 }, secondary: { glutes: 0.25, hamstrings: 0.1 },
    aliases: ['Lateral Lunge (Dumbbell)', 'Side Lunge', 'Lateral Lunge'],
  },
  {
    id: 'jump-squat', name: 'Jump Squat', pattern: 'squat', equipment: 'body only', category: 'plyometrics',
    primary: { quadriceps: 0.5, glutes: 0.25 }, secondary: { calves: 0.15, hamstrings: 0.1 },
    aliases: ['Jump Squat (Bodyweight)', 'Squat Jump', 'Jump Squats'],
  },
  {
    id: 'box-jump', name: 'Box Jump', pattern: 'squat', equipment: 'other', loading: 'bodyweight-plus', category: 'plyometrics',
    primary: { quadriceps: 0.45, glutes: 0.25 }, secondary: { calves: 0.18, hamstrings: 0.12 },
    aliases: ['Box Jumps', 'Box Jump (Bodyweight)'],
  },
]);
