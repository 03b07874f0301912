import { defineExercises } from './define-exercise.js';

const BENCH = { chest: 0.6 };
const BENCH_2 = { triceps: 0.22, shoulders: 0.18 };
const INCLINE = { chest: 0.5, shoulders: 0.28 };
const INCLINE_2 = { triceps: 0.22 };
const DECLINE = { chest: 0.65 };
const DECLINE_2 = { triceps: 0.23, shoulders: 0.12 };
const FLY = { chest: 0.8 };
const FLY_2 = { shoulders: 0.15, biceps: 0.05 };
const DIP = { chest: 0.45, triceps: 0.35 };
const DIP_2 = { shoulders: 0.2 };
const PUSH_UP = { chest: 0.55 };
const PUSH_UP_2 = { triceps: 0.2, shoulders: 0.15, abdominals: 0.1 };

/** Horizontal pushes, chest flies and dips. */
export const CHEST_EXERCISES = defineExercises([
  {
    id: 'barbell-bench-press', name: 'Barbell Bench Press', pattern: 'horizontal-push', equipment: 'barbell', category: 'powerlifting',
    primary: BENCH, secondary: BENCH_2,
    aliases: [
      'Bench Press (Barbell)', 'Bench Press', 'Flat Barbell Bench Press', 'Flat Bench Press', 'Barbell Flat Bench Press',
      'Bench', 'Barbell Bench Press - Medium Grip', 'BB Bench Press', 'Flat Bench Press (Barbell)',
    ],
  },
  {
    id: 'close-grip-bench-press', name: 'Close Grip Bench Press', pattern: 'horizontal-push', equipment: 'barbell',
    primary: { triceps: 0.45, chest: 0.4 }, secondary: { shoulders: 0.15 },
    aliases: ['Bench Press - Close Grip (Barbell)', 'Close Grip Bench Press (Barbell)', 'Close-Grip Barbell Bench Press', 'CGBP'],
  },
  {
    id: 'wide-grip-bench-press', name: 'Wide Grip Bench Press', pattern: 'horizontal-push', equipment: 'barbell',
    primary: { chest: 0.65 }, secondary: { shoulders: 0.2, triceps: 0.15 },
    aliases: ['Bench Press - Wide Grip (Barbell)', 'Wide Grip Bench Press (Barbell)'],
  },
  {
    id: 'paused-bench-press', name: 'Paused Bench Press', pattern: 'horizontal-push', equipment: 'barbell', category: 'powerlifting',
    primary: BENCH, secondary: BENCH_2, aliases: ['Paused Bench Press (Barbell)', 'Pause Bench Press', 'Bench Press - Paused (Barbell)'],
  },
  {
    id: 'floor-press', name: 'Barbell Floor Press', pattern: 'horizontal-push', equipment: 'barbell', level: 'intermediate',
    primary: { chest: 0.45, triceps: 0.4 }, secondary: { shoulders: 0.15 }, aliases: ['Floor Press (Barbell)', 'Floor Press'],
  },
  {
    id: 'smith-machine-bench-press', name: 'Smith Machine Bench Press', pattern: 'horizontal-push', equipment: 'machine',
    primary: BENCH, secondary: BENCH_2, aliases: ['Bench Press (Smith Machine)', 'Smith Bench Press'],
  },
  {
    id: 'dumbbell-bench-press', name: 'Dumbbell Bench Press', pattern: 'horizontal-push', equipment: 'dumbbell',
    primary: BENCH, secondary: BENCH_2,
    aliases: ['Bench Press (Dumbbell)', 'Flat Dumbbell Bench Press', 'Dumbbell Flat Bench Press', 'DB Bench Press', 'Dumbbell Press', 'Dumbbell Chest Press'],
  },
  {
    id: 'incline-bench-press', name: 'Incline Barbell Bench Press', pattern: 'horizontal-push', equipment: 'barbell',
    primary: INCLINE, secondary: INCLINE_2,
    aliases: ['Incline Bench Press (Barbell)', 'Incline Bench Press', 'Barbell Incline Bench Press', 'Incline Barbell Press', 'Incline Bench'],
  },
  {
    id: 'incline-dumbbell-bench-press', name: 'Incline Dumbbell Bench Press', pattern: 'horizontal-push', equipment: 'dumbbell',
    primary: INCLINE, secondary: INCLINE_2,
    aliases: ['Incline Bench Press (Dumbbell)', 'Incline Dumbbell Press', 'Dumbbell Incline Bench Press', 'Incline DB Press'],
  },
  {
    id: 'smith-machine-incline-bench-press', name: 'Smith Machine Incline Bench Press', pattern: 'horizontal-push', equipment: 'machine',
    primary: INCLINE, secondary: INCLINE_2, aliases: ['Incline Bench Press (Smith Machine)', 'Smith Incline Press'],
  },
  {
    id: 'decline-bench-press', name: 'Decline Barbell Bench Press', pattern: 'horizontal-push', equipment: 'barbell',
    primary: DECLINE, secondary: DECLINE_2, aliases: ['Decline Bench Press (Barbell)', 'Decline Bench Press', 'Barbell Decline Bench Press'],
  },
  {
    id: 'decline-dumbbell-bench-press', name: 'Decline Dumbbell Bench Press', pattern: 'horizontal-push', equipment: 'dumbbell',
    primary: DECLINE, secondary: DECLINE_2, aliases: ['Decline Bench Press (Dumbbell)', 'Decline Dumbbell Press'],
  },
  {
    id: 'machine-chest-press', name: 'Machine Chest Press', pattern: 'horizontal-push', equipment: 'machine',
    primary: BENCH, secondary: BENCH_2, aliases: ['Chest Press (Machine)', 'Chest Press', 'Seated Chest Press', 'Seated Chest Press (Machine)'],
  },
  {
    id: 'iso-lateral-chest-press', name: 'Iso-Lateral Chest Press', pattern: 'horizontal-push', equipment: 'machine',
    primary: BENCH, secondary: BENCH_2,
    aliases: ['Iso-Lateral Chest Press (Machine)', 'Iso-Lateral Bench Press'],
  },
  {
    id: 'incline-machine-chest-press', name: 'Incline Machine Chest Press', pattern: 'horizontal-push', equipment: 'machine',
    primary: INCLINE, secondary: INCLINE_2,
    aliases: ['Incline Chest Press (Machine)', 'Incline Chest Press', 'Iso-lateral Incline Chest Press', 'Iso-Lateral Incline Press (Machine)'],
  },
  {
    id: 'cable-chest-press', name: 'Cable Chest Press', pattern: 'horizontal-push', equipment: 'cable',
    primary: BENCH, secondary: BENCH_2, aliases: ['Chest Press (Cable)', 'Standing Cable Chest Press'],
  },
  {
    id: 'push-up', name: 'Push-Up', pattern: 'horizontal-push', equipment: 'body only',
    primary: PUSH_UP, secondary: PUSH_UP_2, aliases: ['Push Up', 'Push Ups', 'Pushups', 'Push Up (Bodyweight)', 'Press Up', 'Push Up (Weighted)', 'Weighted Push Up'],
  },
  {
    id: 'incline-push-up', name: 'Incline Push-Up', pattern: 'horizontal-push', equipment: 'body only',
    primary: PUSH_UP, secondary: PUSH_UP_2, aliases: ['Incline Push Up'],
  },
  {
    id: 'decline-push-up', name: 'Decline Push-Up', pattern: 'horizontal-push', equipment: 'body only',
    primary: { chest: 0.5 }, secondary: { shoulders: 0.22, triceps: 0.18, abdominals: 0.1 }, aliases: ['Decline Push Up'],
  },
  {
    id: 'diamond-push-up', name: 'Diamond Push-Up', pattern: 'horizontal-push', equipment: 'body only',
    primary: { triceps: 0.45, chest: 0.35 }, secondary: { shoulders: 0.12, abdominals: 0.08 },
    aliases: ['Diamond Push Up', 'Close Grip Push Up', 'Triangle Push Up'],
  },
  {
    id: 'chest-dip', name: 'Chest Dip', pattern: 'horizontal-push', equipment: 'body only', level: 'intermediate',
    primary: DIP, secondary: DIP_2,
    aliases: ['Dip', 'Dips', 'Chest Dip (Bodyweight)', 'Parallel Bar Dip', 'Chest Dip (Weighted)', 'Weighted Dip', 'Dip (Weighted)', 'Ring Dip', 'Ring Dips'],
  },
  {
    id: 'assisted-dip', name: 'Assisted Dip', pattern: 'horizontal-push', equipment: 'machine',
    primary: DIP, secondary: DIP_2, bodyweight: true,
    aliases: ['Chest Dip (Assisted)', 'Assisted Dip (Machine)', 'Machine Assisted Dip', 'Triceps Dip (Assisted)'],
  },
  {
    id: 'dumbbell-fly', name: 'Dumbbell Fly', pattern: 'chest-fly', equipment: 'dumbbell',
    primary: FLY, secondary: FLY_2, aliases: ['Chest Fly (Dumbbell)', 'Dumbbell Flyes', 'Flat Dumbbell Fly', 'Dumbbell Chest Fly', 'DB Fly'],
  },
  {
    id: 'incline-dumbbell-fly', name: 'Incline Dumbbell Fly', pattern: 'chest-fly', equipment: 'dumbbell',
    primary: { chest: 0.75 }, secondary: { shoulders: 0.2, biceps: 0.05 },
    aliases: ['Incline Chest Fly (Dumbbell)', 'Incline Dumbbell Flyes', 'Incline Fly (Dumbbell)'],
  },
  {
    id: 'cable-fly', name: 'Cable Fly', pattern: 'chest-fly', equipment: 'cable',
    primary: FLY, secondary: FLY_2,
    aliases: ['Cable Crossover', 'Cable Crossovers', 'Cable Fly Crossovers', 'Chest Fly (Cable)', 'Standing Cable Fly', 'Cable Flyes', 'Crossover (Cable)'],
  },
  {
    id: 'low-to-high-cable-fly', name: 'Low to High Cable Fly', pattern: 'chest-fly', equipment: 'cable',
    primary: { chest: 0.75 }, secondary: { shoulders: 0.2, biceps: 0.05 },
    aliases: ['Low Cable Fly Crossovers', 'Low to High Cable Crossover', 'Cable Fly (Low to High)'],
  },
  {
    id: 'high-to-low-cable-fly', name: 'High to Low Cable Fly', pattern: 'chest-fly', equipment: 'cable',
    primary: FLY, secondary: FLY_2, aliases: ['High Cable Crossover', 'Cable Fly (High to Low)'],
  },
  {
    id: 'incline-cable-fly', name: 'Incline Cable Fly', pattern: 'chest-fly', equipment: 'cable',
    primary: { chest: 0.75 }, secondary: { shoulders: 0.2, biceps: 0.05 }, aliases: ['Incline Chest Fly (Cable)', 'Incline Cable Flyes'],
  },
  {
    id: 'machine-chest-fly', name: 'Machine Chest Fly', pattern: 'chest-fly', equipment: 'machine',
    primary: FLY, secondary: FLY_2,
    aliases: [
      'Chest Fly (Machine)', 'Chest Fly', 'Machine Fly', 'Machine Flies', 'Machine Flyes', 'Pec Deck', 'Pec Deck Fly',
      'Butterfly (Pec Deck)', 'Butterfly', 'Pec Fly', 'Seated Machine Fly',
    ],
  },
  {
    id: 'svend-press', name: 'Svend Press', pattern: 'horizontal-push', equipment: 'other', loading: 'single', mechanic: 'isolation',
    primary: { chest: 0.75 }, secondary: { shoulders: 0.15, triceps: 0.1 }, aliases: ['Plate Squeeze Press'],
  },
  {
    id: 'landmine-press', name: 'Landmine Press', pattern: 'vertical-push', equipment: 'barbell',
    primary: { shoulders: 0.45, chest: 0.3 }, secondary: { triceps: 0.2, abdominals: 0.05 }, aliases: ['Landmine Press (Barbell)', 'Single Arm Landmine Press'],
  },
]);
