import { defineExercises } from './define-exercise.js';

const PULL_UP = { lats: 0.55 };
const PULL_UP_2 = { biceps: 0.2, 'middle back': 0.15, forearms: 0.1 };
const CHIN_UP = { lats: 0.5, biceps: 0.3 };
const CHIN_UP_2 = { 'middle back': 0.12, forearms: 0.08 };
const PULLDOWN = { lats: 0.55 };
const PULLDOWN_2 = { biceps: 0.2, 'middle back': 0.15, shoulders: 0.1 };
const ROW = { 'middle back': 0.35, lats: 0.3 };
const ROW_2 = { biceps: 0.15, shoulders: 0.1, traps: 0.1 };
const BENT_ROW = { 'middle back': 0.3, lats: 0.3 };
const BENT_ROW_2 = { biceps: 0.13, 'lower back': 0.1, shoulders: 0.1, traps: 0.07 };
const PULLOVER = { lats: 0.6 };
const PULLOVER_2 = { chest: 0.25, triceps: 0.15 };

/** Vertical and horizontal pulls: pull-ups, pulldowns, rows and pullovers. */
export const BACK_EXERCISES = defineExercises([
  {
    id: 'pull-up', name: 'Pull-Up', pattern: 'vertical-pull', equipment: 'body only', level: 'intermediate',
    primary: PULL_UP, secondary: PULL_UP_2,
    aliases: ['Pull Up', 'Pull Ups', 'Pullups', 'Pull-ups', 'Pull Up (Weighted)', 'Weighted Pull Up', 'Wide Grip Pull Up', 'Pull Up (Bodyweight)', 'Kipping Pull Up'],
  },
  {
    id: 'chin-up', name: 'Chin-Up', pattern: 'vertical-pull', equipment: 'body only', level: 'intermediate',
    primary: CHIN_UP, secondary: CHIN_UP_2, aliases: ['Chin Up', 'Chin Ups', 'Chinups', 'Chin Up (Weighted)', 'Weighted Chin Up', 'Underhand Pull Up'],
  },
  {
    id: 'neutral-grip-pull-up', name: 'Neutral Grip Pull-Up', pattern: 'vertical-pull', equipment: 'body only', level: 'intermediate',
    primary: { lats: 0.5, biceps: 0.25 }, secondary: { 'middle back': 0.15, forearms: 0.1 }, aliases: ['Neutral Grip Pull Up', 'Hammer Grip Pull Up'],
  },
  {
    id: 'assisted-pull-up', name: 'Assisted Pull-Up', pattern: 'vertical-pull', equipment: 'machine', bodyweight: true,
    primary: PULL_UP, secondary: PULL_UP_2, aliases: ['Pull Up (Assisted)', 'Assisted Pull Up (Machine)', 'Machine Assisted Pull Up', 'Band Assisted Pull Up'],
  },
  {
    id: 'assisted-chin-up', name: 'Assisted Chin-Up', pattern: 'vertical-pull', equipment: 'machine', bodyweight: true,
    primary: CHIN_UP, secondary: CHIN_UP_2, aliases: ['Chin Up (Assisted)'],
  },
  {
    id: 'lat-pulldown', name: 'Lat Pulldown', pattern: 'vertical-pull', equipment: 'cable',
    primary: PULLDOWN, secondary: PULLDOWN_2,
    aliases: [
      'Lat Pulldown (Cable)', 'Lat Pulldowns', 'Lat Pull Down', 'Wide Grip Lat Pulldown', 'Lat Pulldown - Wide Grip (Cable)',
      'Lat Pulldown (Pulley)', 'Cable Lat Pulldown', 'Pulldown', 'Wide-Grip Lat Pulldown',
    ],
  },
  {
    id: 'close-grip-lat-pulldown', name: 'Close Grip Lat Pulldown', pattern: 'vertical-pull', equipment: 'cable',
    primary: { lats: 0.5 }, secondary: { biceps: 0.22, 'middle back': 0.18, shoulders: 0.1 },
    aliases: ['Lat Pulldown - Close Grip (Cable)', 'Lat pulldown (close grip)', 'V-bar pulldown', 'V-Bar Lat Pulldown', 'Close Grip Pulldown', 'Neutral Grip Lat Pulldown'],
  },
  {
    id: 'reverse-grip-lat-pulldown', name: 'Reverse Grip Lat Pulldown', pattern: 'vertical-pull', equipment: 'cable',
    primary: { lats: 0.5, biceps: 0.25 }, secondary: { 'middle back': 0.15, shoulders: 0.1 },
    aliases: ['Lat Pulldown - Underhand (Cable)', 'Underhand Lat Pulldown', 'Supinated Lat Pulldown', 'Reverse Grip Pulldown'],
  },
  {
    id: 'single-arm-lat-pulldown', name: 'Single Arm Lat Pulldown', pattern: 'vertical-pull', equipment: 'cable',
    primary: PULLDOWN, secondary: PULLDOWN_2, aliases: ['Lat Pulldown (Single Arm)', 'Single Arm Lat Pulldown (Cable)', 'One Arm Lat Pulldown'],
  },
  {
    id: 'machine-lat-pulldown', name: 'Machine Lat Pulldown', pattern: 'vertical-pull', equipment: 'machine',
    primary: PULLDOWN, secondary: PULLDOWN_2, aliases: ['Lat Pulldown (Machine)', 'Iso-Lateral Pulldown', 'Iso-Lateral Lat Pulldown (Machine)'],
  },
  {
    id: 'straight-arm-pulldown', name: 'Straight Arm Pulldown', pattern: 'vertical-pull', equipment: 'cable', mechanic: 'isolation',
    primary: { lats: 0.75 }, secondary: { triceps: 0.1, shoulders: 0.1, abdominals: 0.05 },
    aliases: ['Straight Arm Pulldown (Cable)', 'Straight Arm Lat Pulldown (Cable)', 'Straight Arm Lat Pulldown', 'Rope Straight Arm Pulldown', 'Cable Pullover'],
  },
  {
    id: 'dumbbell-pullover', name: 'Dumbbell Pullover', pattern: 'vertical-pull', equipment: 'dumbbell', mechanic: 'isolation',
    primary: PULLOVER, secondary: PULLOVER_2, aliases: ['Pullover (Dumbbell)', 'Pullover', 'Dumbbell Pullovers'],
  },
  {
    id: 'machine-pullover', name: 'Machine Pullover', pattern: 'vertical-pull', equipment: 'machine', mechanic: 'isolation',
    primary: { lats: 0.75 }, secondary: { chest: 0.1, triceps: 0.1, abdominals: 0.05 }, aliases: ['Pullover (Machine)'],
  },
  {
    id: 'barbell-row', name: 'Barbell Bent Over Row', pattern: 'horizontal-pull', equipment: 'barbell',
    primary: BENT_ROW, secondary: BENT_ROW_2,
    aliases: ['Bent Over Row (Barbell)', 'Bent Over Barbell Row', 'Barbell Row', 'Barbell Rows', 'Bent Over Row', 'BB Row', 'Bent-Over Row'],
  },
  {
    id: 'pendlay-row', name: 'Pendlay Row', pattern: 'horizontal-pull', equipment: 'barbell', level: 'intermediate',
    primary: BENT_ROW, secondary: BENT_ROW_2, aliases: ['Pendlay Row (Barbell)'],
  },
  {
    id: 'underhand-barbell-row', name: 'Underhand Barbell Row', pattern: 'horizontal-pull', equipment: 'barbell',
    primary: { lats: 0.33, 'middle back': 0.27 }, secondary: { biceps: 0.2, 'lower back': 0.1, shoulders: 0.1 },
    aliases: ['Bent Over Row - Underhand (Barbell)', 'Reverse Grip Barbell Row', 'Yates Row'],
  },
  {
    id: 'smith-machine-row', name: 'Smith Machine Row', pattern: 'horizontal-pull', equipment: 'machine',
    primary: BENT_ROW, secondary: BENT_ROW_2, aliases: ['Bent Over Row (Smith Machine)', 'Smith Row'],
  },
  {
    id: 'one-arm-dumbbell-row', name: 'One Arm Dumbbell Row', pattern: 'horizontal-pull', equipment: 'dumbbell',
    primary: { lats: 0.35, 'middle back': 0.3 }, secondary: { biceps: 0.15, shoulders: 0.1, traps: 0.1 },
    aliases: [
      'Bent Over One Arm Row (Dumbbell)', 'Dumbbell Row', 'Dumbbell Rows', 'Single Arm Dumbbell Row', 'One-Arm Dumbbell Row',
      'DB Row', 'Dumbbell Row (Single Arm)', 'Kroc Row',
    ],
  },
  {
    id: 'dumbbell-bent-over-row', name: 'Dumbbell Bent Over Row', pattern: 'horizontal-pull', equipment: 'dumbbell',
    primary: BENT_ROW, secondary: BENT_ROW_2, aliases: ['Bent Over Row (Dumbbell)', 'Two Arm Dumbbell Row'],
  },
  {
    id: 'chest-supported-dumbbell-row', name: 'Chest Supported Dumbbell Row', pattern: 'horizontal-pull', equipment: 'dumbbell',
    primary: ROW, secondary: ROW_2, aliases: ['Chest Supported Row (Dumbbell)', 'Incline Dumbbell Row', 'Chest Supported Incline Row (Dumbbell)'],
  },
  {
    id: 'seal-row', name: 'Seal Row', pattern: 'horizontal-pull', equipment: 'barbell', level: 'intermediate',
    primary: ROW, secondary: ROW_2, aliases: ['Seal Row (Barbell)'],
  },
  {
    id: 't-bar-row', name: 'T-Bar Row', pattern: 'horizontal-pull', equipment: 'barbell',
    primary: BENT_ROW, secondary: BENT_ROW_2, aliases: ['T Bar Row', 'T-Bar Row (Machine)', 'Chest Supported T-Bar Row', 'T Bar Row (Machine)'],
  },
  {
    id: 'landmine-row', name: 'Landmine Row', pattern: 'horizontal-pull', equipment: 'barbell',
    primary: BENT_ROW, secondary: BENT_ROW_2, aliases: ['Landmine Row (Barbell)', 'Single Arm Landmine Row', 'Meadows Row'],
  },
  {
    id: 'seated-cable-row', name: 'Seated Cable Row', pattern: 'horizontal-pull', equipment: 'cable',
    primary: ROW, secondary: ROW_2,
    aliases: [
      'Seated Row (Cable)', 'Seated Cable Row - V Grip (Cable)', 'Seated Cable Row - Bar Grip', 'V-Grip Seated Cable Row (Pulley)',
      'Seated Cable Row (Pulley)', 'Seated Rows', 'Cable Row', 'Seated Row', 'Seated Cable Rows', 'Low Row (Cable)',
    ],
  },
  {
    id: 'wide-grip-seated-cable-row', name: 'Wide Grip Seated Cable Row', pattern: 'horizontal-pull', equipment: 'cable',
    primary: { 'middle back': 0.4, lats: 0.25 }, secondary: { shoulders: 0.15, biceps: 0.1, traps: 0.1 },
    aliases: ['Seated Cable Row - Bar Wide Grip', 'Wide Grip Cable Row', 'Seated Row - Wide Grip (Cable)'],
  },
  {
    id: 'single-arm-cable-row', name: 'Single Arm Cable Row', pattern: 'horizontal-pull', equipment: 'cable',
    primary: ROW, secondary: ROW_2, aliases: ['Single Arm Cable Row (Cable)', 'One Arm Cable Row', 'Single Arm Seated Cable Row'],
  },
  {
    id: 'machine-seated-row', name: 'Machine Seated Row', pattern: 'horizontal-pull', equipment: 'machine',
    primary: ROW, secondary: ROW_2, aliases: ['Seated Row (Machine)', 'Machine Row', 'Chest Supported Row (Machine)', 'Seated Machine Row'],
  },
  {
    id: 'iso-lateral-row', name: 'Iso-Lateral Row', pattern: 'horizontal-pull', equipment: 'machine',
    primary: ROW, secondary: ROW_2, aliases: ['Iso-Lateral Row (Machine)', 'Iso-Lateral High Row (Machine)', 'High Row (Machine)'],
  },
  {
    id: 'iso-lateral-low-row', name: 'Iso-Lateral Low Row', pattern: 'horizontal-pull', equipment: 'machine',
    primary: { lats: 0.4, 'middle back': 0.3 }, secondary: { biceps: 0.15, shoulders: 0.1, traps: 0.05 },
    aliases: ['Iso-Lateral Low Row (Machine)', 'Low Row (Machine)', 'Machine Low Row'],
  },
  {
    id: 'inverted-row', name: 'Inverted Row', pattern: 'horizontal-pull', equipment: 'body only',
    primary: ROW, secondary: ROW_2, aliases: ['Inverted Row (Bodyweight)', 'Bodyweight Row', 'Australian Pull Up', 'Ring Row'],
  },
  {
    id: 'kettlebell-row', name: 'Kettlebell Row', pattern: 'horizontal-pull', equipment: 'kettlebells',
    primary: { lats: 0.35, 'middle back': 0.3 }, secondary: { biceps: 0.15, shoulders: 0.1, traps: 0.1 }, aliases: ['Bent Over Row (Kettlebell)'],
  },
  {
    id: 'renegade-row', name: 'Renegade Row', pattern: 'horizontal-pull', equipment: 'dumbbell', level: 'intermediate',
    primary: { lats: 0.3, 'middle back': 0.25 }, secondary: { abdominals: 0.2, biceps: 0.1, shoulders: 0.1, chest: 0.05 },
    aliases: ['Renegade Row (Dumbbell)'],
  },
  {
    id: 'rope-climb', name: 'Rope Climb', pattern: 'vertical-pull', equipment: 'other', loading: 'bodyweight-plus', level: 'expert',
    primary: { lats: 0.45, biceps: 0.25 }, secondary: { forearms: 0.2, abdominals: 0.1 }, aliases: ['Rope Climbs'],
  },
]);
