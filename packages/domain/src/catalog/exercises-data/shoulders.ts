import { defineExercises } from './define-exercise.js';

const OHP = { shoulders: 0.6 };
const OHP_2 = { triceps: 0.25, chest: 0.08, traps: 0.07 };
const LATERAL = { shoulders: 0.85 };
const LATERAL_2 = { traps: 0.15 };
const FRONT = { shoulders: 0.8 };
const FRONT_2 = { chest: 0.12, traps: 0.08 };
const REAR = { shoulders: 0.6 };
const REAR_2 = { 'middle back': 0.25, traps: 0.15 };
const SHRUG = { traps: 0.85 };
const SHRUG_2 = { forearms: 0.15 };
const UPRIGHT = { shoulders: 0.5, traps: 0.35 };
const UPRIGHT_2 = { biceps: 0.15 };

/** Vertical pushes, deltoid raises, rear-delt work, upright rows and shrugs. */
export const SHOULDER_EXERCISES = defineExercises([
  {
    id: 'barbell-overhead-press', name: 'Barbell Overhead Press', pattern: 'vertical-push', equipment: 'barbell',
    primary: OHP, secondary: OHP_2,
    aliases: [
      'Overhead Press (Barbell)', 'Overhead Press', 'OHP', 'Military Press', 'Standing Military Press', 'Strict Press',
      'Standing Barbell Shoulder Press', 'Shoulder Press (Barbell)', 'Barbell Shoulder Press', 'Standing Overhead Press',
    ],
  },
  {
    id: 'seated-barbell-overhead-press', name: 'Seated Barbell Overhead Press', pattern: 'vertical-push', equipment: 'barbell',
    primary: OHP, secondary: OHP_2, aliases: ['Seated Overhead Press (Barbell)', 'Seated Military Press', 'Seated Barbell Shoulder Press'],
  },
  {
    id: 'push-press', name: 'Push Press', pattern: 'vertical-push', equipment: 'barbell', level: 'intermediate',
    primary: { shoulders: 0.5 }, secondary: { triceps: 0.22, quadriceps: 0.15, glutes: 0.08, traps: 0.05 }, aliases: ['Push Press (Barbell)'],
  },
  {
    id: 'behind-the-neck-press', name: 'Behind the Neck Press', pattern: 'vertical-push', equipment: 'barbell', level: 'expert',
    primary: OHP, secondary: OHP_2, aliases: ['Behind the Neck Press (Barbell)', 'Behind Neck Press'],
  },
  {
    id: 'smith-machine-overhead-press', name: 'Smith Machine Overhead Press', pattern: 'vertical-push', equipment: 'machine',
    primary: OHP, secondary: OHP_2, aliases: ['Overhead Press (Smith Machine)', 'Smith Shoulder Press', 'Shoulder Press (Smith Machine)'],
  },
  {
    id: 'dumbbell-shoulder-press', name: 'Dumbbell Shoulder Press', pattern: 'vertical-push', equipment: 'dumbbell',
    primary: OHP, secondary: OHP_2,
    aliases: [
      'Shoulder Press (Dumbbell)', 'Overhead Press (Dumbbell)', 'Dumbbell Overhead Press', 'DB Shoulder Press', 'Shoulder Press',
      'Standing Dumbbell Shoulder Press', 'Shoulder Presses',
    ],
  },
  {
    id: 'seated-dumbbell-shoulder-press', name: 'Seated Dumbbell Shoulder Press', pattern: 'vertical-push', equipment: 'dumbbell',
    primary: OHP, secondary: OHP_2,
    aliases: ['Seated Overhead Press (Dumbbell)', 'Seated Shoulder Press (Dumbbell)', 'Seated Dumbbell Press', 'Seated DB Shoulder Press'],
  },
  {
    id: 'arnold-press', name: 'Arnold Press', pattern: 'vertical-push', equipment: 'dumbbell', level: 'intermediate',
    primary: { shoulders: 0.65 }, secondary: { triceps: 0.25, chest: 0.1 }, aliases: ['Arnold Press (Dumbbell)', 'Dumbbell Arnold Press'],
  },
  {
    id: 'machine-shoulder-press', name: 'Machine Shoulder Press', pattern: 'vertical-push', equipment: 'machine',
    primary: OHP, secondary: OHP_2,
    aliases: ['Shoulder Press (Machine)', 'Seated Shoulder Press (Machine)', 'Overhead Press (Machine)', 'Iso-Lateral Shoulder Press (Machine)', 'Machine Overhead Press'],
  },
  {
    id: 'kettlebell-press', name: 'Kettlebell Press', pattern: 'vertical-push', equipment: 'kettlebells', loading: 'single',
    primary: OHP, secondary: OHP_2, aliases: ['Overhead Press (Kettlebell)', 'Kettlebell Shoulder Press', 'Single Arm Kettlebell Press'],
  },
  {
    id: 'pike-push-up', name: 'Pike Push-Up', pattern: 'vertical-push', equipment: 'body only',
    primary: { shoulders: 0.6 }, secondary: { triceps: 0.3, chest: 0.1 }, aliases: ['Pike Push Up'],
  },
  {
    id: 'handstand-push-up', name: 'Handstand Push-Up', pattern: 'vertical-push', equipment: 'body only', level: 'expert',
    primary: { shoulders: 0.6 }, secondary: { triceps: 0.3, traps: 0.1 }, aliases: ['Handstand Push Up', 'HSPU'],
  },
  {
    id: 'dumbbell-lateral-raise', name: 'Dumbbell Lateral Raise', pattern: 'shoulder-raise', equipment: 'dumbbell',
    primary: LATERAL, secondary: LATERAL_2,
    aliases: [
      'Lateral Raise (Dumbbell)', 'Lateral Raise', 'Lateral Raises', 'Side Lateral Raise', 'Lateral Dumbbell Raise',
      'Dumbbell Side Raise', 'Side Raise', 'Side Laterals', 'Seated Lateral Raise (Dumbbell)', 'Standing Dumbbell Lateral Raise',
    ],
  },
  {
    id: 'cable-lateral-raise', name: 'Cable Lateral Raise', pattern: 'shoulder-raise', equipment: 'cable',
    primary: LATERAL, secondary: LATERAL_2,
    aliases: ['Lateral Raise (Cable)', 'Single Arm Lateral Raise (Cable)', 'Single Arm Cable Lateral Raise', 'One Arm Cable Lateral Raise'],
  },
  {
    id: 'machine-lateral-raise', name: 'Machine Lateral Raise', pattern: 'shoulder-raise', equipment: 'machine',
    primary: LATERAL, secondary: LATERAL_2, aliases: ['Lateral Raise (Machine)'],
  },
  {
    id: 'lu-raise', name: 'Lu Raise', pattern: 'shoulder-raise', equipment: 'dumbbell', level: 'intermediate',
    primary: { shoulders: 0.75 }, secondary: { traps: 0.25 }, aliases: ['Lu Raise (Dumbbell)', 'Lu Raises', 'Lu Xiaojun Raise'],
  },
  {
    id: 'dumbbell-front-raise', name: 'Dumbbell Front Raise', pattern: 'shoulder-raise', equipment: 'dumbbell',
    primary: FRONT, secondary: FRONT_2, aliases: ['Front Raise (Dumbbell)', 'Front Raise', 'Front Raises', 'Front Dumbbell Raise'],
  },
  {
    id: 'cable-front-raise', name: 'Cable Front Raise', pattern: 'shoulder-raise', equipment: 'cable',
    primary: FRONT, secondary: FRONT_2, aliases: ['Front Raise (Cable)'],
  },
  {
    id: 'barbell-front-raise', name: 'Barbell Front Raise', pattern: 'shoulder-raise', equipment: 'barbell',
    primary: FRONT, secondary: FRONT_2, aliases: ['Front Raise (Barbell)'],
  },
  {
    id: 'plate-front-raise', name: 'Plate Front Raise', pattern: 'shoulder-raise', equipment: 'other', loading: 'single',
    primary: FRONT, secondary: FRONT_2, aliases: ['Front Raise (Plate)', 'Plate Raise'],
  },
  {
    id: 'dumbbell-rear-delt-fly', name: 'Dumbbell Rear Delt Fly', pattern: 'shoulder-raise', equipment: 'dumbbell', force: 'pull',
    primary: REAR, secondary: REAR_2,
    aliases: [
      'Bent-Over Lateral Raise (Dumbbell)', 'Bent Over Lateral Raise', 'Reverse Fly (Dumbbell)', 'Rear Delt Fly (Dumbbell)',
      'Rear Delt Reverse Fly (Dumbbell)', 'Bent Over Reverse Fly', 'Rear Lateral Raise', 'Bent Over Dumbbell Rear Delt Raise', 'Rear Delt Dumbbell Raise', 'Rear Delt Raise',
    ],
  },
  {
    id: 'machine-rear-delt-fly', name: 'Machine Rear Delt Fly', pattern: 'shoulder-raise', equipment: 'machine', force: 'pull',
    primary: REAR, secondary: REAR_2,
    aliases: ['Rear Delt Reverse Fly (Machine)', 'Reverse Fly (Machine)', 'Reverse Pec Deck', 'Rear Delt Machine', 'Rear Delt Fly (Machine)', 'Reverse Machine Fly'],
  },
  {
    id: 'cable-rear-delt-fly', name: 'Cable Rear Delt Fly', pattern: 'shoulder-raise', equipment: 'cable', force: 'pull',
    primary: REAR, secondary: REAR_2,
    aliases: ['Rear Delt Reverse Fly (Cable)', 'Reverse Fly (Cable)', 'Cable Reverse Fly', 'Reverse Cable Crossover'],
  },
  {
    id: 'face-pull', name: 'Face Pull', pattern: 'horizontal-pull', equipment: 'cable', mechanic: 'isolation',
    primary: { shoulders: 0.5 }, secondary: { 'middle back': 0.25, traps: 0.25 },
    aliases: ['Face Pull (Cable)', 'Face Pulls', 'Cable Face Pull', 'Rope Face Pull'],
  },
  {
    id: 'band-pull-apart', name: 'Band Pull-Apart', pattern: 'shoulder-raise', equipment: 'bands', force: 'pull',
    primary: REAR, secondary: REAR_2, aliases: ['Band Pull Apart', 'Band Pull Aparts'],
  },
  {
    id: 'barbell-upright-row', name: 'Barbell Upright Row', pattern: 'shoulder-raise', equipment: 'barbell', force: 'pull', mechanic: 'compound',
    primary: UPRIGHT, secondary: UPRIGHT_2, aliases: ['Upright Row (Barbell)', 'Upright Row'],
  },
  {
    id: 'dumbbell-upright-row', name: 'Dumbbell Upright Row', pattern: 'shoulder-raise', equipment: 'dumbbell', force: 'pull', mechanic: 'compound',
    primary: UPRIGHT, secondary: UPRIGHT_2, aliases: ['Upright Row (Dumbbell)'],
  },
  {
    id: 'cable-upright-row', name: 'Cable Upright Row', pattern: 'shoulder-raise', equipment: 'cable', force: 'pull', mechanic: 'compound',
    primary: UPRIGHT, secondary: UPRIGHT_2, aliases: ['Upright Row (Cable)'],
  },
  {
    id: 'barbell-shrug', name: 'Barbell Shrug', pattern: 'shrug', equipment: 'barbell',
    primary: SHRUG, secondary: SHRUG_2, aliases: ['Shrug (Barbell)', 'Shrugs', 'Barbell Shrugs', 'Shrug'],
  },
  {
    id: 'dumbbell-shrug', name: 'Dumbbell Shrug', pattern: 'shrug', equipment: 'dumbbell',
    primary: SHRUG, secondary: SHRUG_2, aliases: ['Shrug (Dumbbell)', 'Dumbbell Shrugs', 'DB Shrug'],
  },
  {
    id: 'smith-machine-shrug', name: 'Smith Machine Shrug', pattern: 'shrug', equipment: 'machine',
    primary: SHRUG, secondary: SHRUG_2, aliases: ['Shrug (Smith Machine)', 'Smith Shrug'],
  },
  {
    id: 'trap-bar-shrug', name: 'Trap Bar Shrug', pattern: 'shrug', equipment: 'other',
    primary: SHRUG, secondary: SHRUG_2, aliases: ['Shrug (Trap Bar)', 'Hex Bar Shrug'],
  },
  {
    id: 'machine-shrug', name: 'Machine Shrug', pattern: 'shrug', equipment: 'machine',
    primary: SHRUG, secondary: SHRUG_2, aliases: ['Shrug (Machine)'],
  },
  {
    id: 'cable-shrug', name: 'Cable Shrug', pattern: 'shrug', equipment: 'cable',
    primary: SHRUG, secondary: SHRUG_2, aliases: ['Shrug (Cable)'],
  },
]);
