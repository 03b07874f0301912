import { defineExercises } from './define-exercise.js';

const CURL = { biceps: 0.8 };
const CURL_2 = { forearms: 0.2 };
const HAMMER = { biceps: 0.55, forearms: 0.45 };
const REVERSE_CURL = { forearms: 0.55, biceps: 0.45 };
const TRI = { triceps: 1 };
const WRIST = { forearms: 1 };

/** Elbow flexion (curls), elbow extension (triceps) and forearm work. */
export const ARM_EXERCISES = defineExercises([
  {
    id: 'barbell-curl', name: 'Barbell Curl', pattern: 'elbow-flexion', equipment: 'barbell', primary: CURL, secondary: CURL_2,
    aliases: ['Bicep Curl (Barbell)', 'Barbell Curls', 'Barbell Bicep Curl', 'Standing Barbell Curl', 'Biceps Curl (Barbell)', 'BB Curl'],
  },
  {
    id: 'ez-bar-curl', name: 'EZ Bar Curl', pattern: 'elbow-flexion', equipment: 'e-z curl bar', primary: CURL, secondary: CURL_2,
    aliases: ['EZ Bar Biceps Curl', 'Bicep Curl (EZ Bar)', 'Curl bar curl', 'E-Z Bar Curl', 'EZ Curl'],
  },
  {
    id: 'dumbbell-curl', name: 'Dumbbell Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: CURL, secondary: CURL_2,
    aliases: [
      'Bicep Curl (Dumbbell)', 'Dumbbell Bicep Curl', 'Dumbbell Curls', 'Standing Dumbbell Curl', 'Alternating Dumbbell Curl',
      'Bicep Curl', 'Biceps Curl', 'Bicep Curls', 'DB Curl', 'Alternating Bicep Curl (Dumbbell)',
    ],
  },
  {
    id: 'seated-dumbbell-curl', name: 'Seated Dumbbell Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: CURL, secondary: CURL_2,
    aliases: ['Seated Bicep Curl (Dumbbell)', 'Seated Curls', 'Seated Curl', 'Seated Dumbbell Bicep Curl'],
  },
  {
    id: 'incline-dumbbell-curl', name: 'Incline Dumbbell Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: CURL, secondary: CURL_2,
    aliases: ['Incline Curl (Dumbbell)', 'Seated Incline Curl (Dumbbell)', 'Incline Curl', 'Incline Bicep Curl', 'Incline Dumbbell Curls'],
  },
  {
    id: 'hammer-curl', name: 'Dumbbell Hammer Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: HAMMER,
    aliases: ['Hammer Curl (Dumbbell)', 'Hammer Curl', 'Hammer Curls', 'Dumbbell Hammer Curls', 'Alternating Hammer Curl', 'DB Hammer Curl'],
  },
  {
    id: 'cable-hammer-curl', name: 'Cable Hammer Curl', pattern: 'elbow-flexion', equipment: 'cable', primary: HAMMER,
    aliases: ['Hammer Curl (Cable)', 'Rope Hammer Curl', 'Rope Cable Curl', 'Hammer Curl (Rope)'],
  },
  {
    id: 'preacher-hammer-curl', name: 'Preacher Hammer Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: HAMMER,
    aliases: ['Preacher Hammer Curl (Dumbbell)', 'Hammer Preacher Curl'],
  },
  {
    id: 'cross-body-hammer-curl', name: 'Cross Body Hammer Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: HAMMER,
    aliases: ['Cross Body Hammer Curl (Dumbbell)', 'Crossbody Hammer Curl'],
  },
  {
    id: 'concentration-curl', name: 'Dumbbell Concentration Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: { biceps: 0.9 }, secondary: { forearms: 0.1 },
    aliases: ['Concentration Curl (Dumbbell)', 'Concentration Curl', 'Concentration Curls'],
  },
  {
    id: 'barbell-preacher-curl', name: 'Barbell Preacher Curl', pattern: 'elbow-flexion', equipment: 'barbell', primary: { biceps: 0.85 }, secondary: { forearms: 0.15 },
    aliases: ['Preacher Curl (Barbell)', 'Preacher Curl', 'Preacher Curls'],
  },
  {
    id: 'ez-bar-preacher-curl', name: 'EZ Bar Preacher Curl', pattern: 'elbow-flexion', equipment: 'e-z curl bar', primary: { biceps: 0.85 }, secondary: { forearms: 0.15 },
    aliases: ['Preacher Curl (EZ Bar)'],
  },
  {
    id: 'dumbbell-preacher-curl', name: 'Dumbbell Preacher Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: { biceps: 0.85 }, secondary: { forearms: 0.15 },
    aliases: ['Preacher Curl (Dumbbell)', 'Single Arm Preacher Curl (Dumbbell)'],
  },
  {
    id: 'machine-preacher-curl', name: 'Machine Preacher Curl', pattern: 'elbow-flexion', equipment: 'machine', primary: { biceps: 0.85 }, secondary: { forearms: 0.15 },
    aliases: ['Preacher Curl (Machine)', 'Machine Bicep Curl', 'Bicep Curl (Machine)', 'Seated Machine Curl'],
  },
  {
    id: 'cable-curl', name: 'Cable Curl', pattern: 'elbow-flexion', equipment: 'cable', primary: CURL, secondary: CURL_2,
    aliases: ['Bicep Curl (Cable)', 'Cable Bicep Curl', 'Cable Curls', 'Straight Bar Cable Curl', 'Standing Cable Curl'],
  },
  {
    id: 'single-arm-cable-curl', name: 'Single Arm Cable Curl', pattern: 'elbow-flexion', equipment: 'cable', primary: CURL, secondary: CURL_2,
    aliases: ['Single Arm Curl (Cable)', 'One Arm Cable Curl', 'Single Arm Bicep Curl (Cable)'],
  },
  {
    id: 'behind-the-back-cable-curl', name: 'Behind the Back Cable Curl', pattern: 'elbow-flexion', equipment: 'cable', primary: CURL, secondary: CURL_2,
    aliases: ['Behind the Back Curl (Cable)', 'Bayesian Curl', 'Bayesian Cable Curl'],
  },
  {
    id: 'overhead-cable-curl', name: 'Overhead Cable Curl', pattern: 'elbow-flexion', equipment: 'cable', primary: CURL, secondary: CURL_2,
    aliases: ['Overhead Curl (Cable)', 'High Cable Curl'],
  },
  {
    id: 'spider-curl', name: 'Spider Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: { biceps: 0.85 }, secondary: { forearms: 0.15 },
    aliases: ['Spider Curl (Dumbbell)', 'Spider Curl (Barbell)'],
  },
  {
    id: 'drag-curl', name: 'Barbell Drag Curl', pattern: 'elbow-flexion', equipment: 'barbell', primary: CURL, secondary: CURL_2,
    aliases: ['Drag Curl (Barbell)', 'Drag Curl'],
  },
  {
    id: 'barbell-reverse-curl', name: 'Barbell Reverse Curl', pattern: 'elbow-flexion', equipment: 'barbell', primary: REVERSE_CURL,
    aliases: ['Reverse Curl (Barbell)', 'Reverse Curl', 'Reverse Grip Curl'],
  },
  {
    id: 'ez-bar-reverse-curl', name: 'EZ Bar Reverse Curl', pattern: 'elbow-flexion', equipment: 'e-z curl bar', primary: REVERSE_CURL,
    aliases: ['Reverse Curl (EZ Bar)'],
  },
  {
    id: 'dumbbell-reverse-curl', name: 'Dumbbell Reverse Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', primary: REVERSE_CURL,
    aliases: ['Reverse Curl (Dumbbell)'],
  },
  {
    id: 'cable-reverse-curl', name: 'Cable Reverse Curl', pattern: 'elbow-flexion', equipment: 'cable', primary: REVERSE_CURL,
    aliases: ['Reverse Curl (Cable)'],
  },
  {
    id: 'zottman-curl', name: 'Zottman Curl', pattern: 'elbow-flexion', equipment: 'dumbbell', level: 'intermediate', primary: { biceps: 0.55, forearms: 0.45 },
    aliases: ['Zottman Curl (Dumbbell)'],
  },
  {
    id: 'band-curl', name: 'Band Curl', pattern: 'elbow-flexion', equipment: 'bands', primary: CURL, secondary: CURL_2,
    aliases: ['Bicep Curl (Band)', 'Resistance Band Curl'],
  },
  {
    id: 'triceps-pushdown', name: 'Triceps Pushdown', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: [
      'Triceps Pushdown (Cable - Straight Bar)', 'Tricep Pushdowns', 'Cable Triceps Pushdown', 'Straight Bar Pushdown',
      'Tricep Pushdown (Cable)', 'Triceps Pressdown', 'Cable Pushdown', 'Pushdown', 'Triceps Pushdown (Bar)',
    ],
  },
  {
    id: 'rope-triceps-pushdown', name: 'Triceps Rope Pushdown', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Rope Push Down', 'Rope Pushdown', 'Triceps Pushdown (Rope)', 'Tricep Rope Pushdown', 'Rope Tricep Pushdown', 'Triceps Pushdown (Cable - Rope)'],
  },
  {
    id: 'v-bar-triceps-pushdown', name: 'V-Bar Triceps Pushdown', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Triceps Pushdown (Cable - V Bar)', 'V Bar Pushdown'],
  },
  {
    id: 'single-arm-triceps-pushdown', name: 'Single Arm Triceps Pushdown', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Single Arm Triceps Pushdown (Cable)', 'One Arm Triceps Pushdown', 'Single Arm Tricep Pushdown'],
  },
  {
    id: 'reverse-grip-triceps-pushdown', name: 'Reverse Grip Triceps Pushdown', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Reverse Grip Pushdown', 'Underhand Triceps Pushdown', 'Triceps Pushdown - Reverse Grip (Cable)'],
  },
  {
    id: 'cable-triceps-extension', name: 'Cable Triceps Extension', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Triceps Extension (Cable)', 'Tricep Extension (Rope)', 'Triceps Extension', 'Tricep Extensions', 'Triceps Extension (Rope)'],
  },
  {
    id: 'cable-overhead-triceps-extension', name: 'Cable Overhead Triceps Extension', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Overhead Triceps Extension (Cable)', 'Rope Triceps Overhead', 'Overhead Rope Extension', 'Rope Overhead Triceps Extension', 'Overhead Cable Triceps Extension'],
  },
  {
    id: 'dumbbell-overhead-triceps-extension', name: 'Dumbbell Overhead Triceps Extension', pattern: 'elbow-extension', equipment: 'dumbbell', loading: 'single', primary: TRI,
    aliases: ['Triceps Extension (Dumbbell)', 'Overhead Triceps Extension (Dumbbell)', 'Seated Dumbbell Triceps Extension', 'Dumbbell Triceps Extension', 'Overhead Dumbbell Extension'],
  },
  {
    id: 'single-arm-dumbbell-triceps-extension', name: 'Single Arm Dumbbell Triceps Extension', pattern: 'elbow-extension', equipment: 'dumbbell', primary: TRI,
    aliases: ['Single Arm Triceps Extension (Dumbbell)', 'One Arm Overhead Dumbbell Extension'],
  },
  {
    id: 'barbell-skullcrusher', name: 'Barbell Skullcrusher', pattern: 'elbow-extension', equipment: 'barbell', primary: TRI,
    aliases: ['Skullcrusher (Barbell)', 'Skull Crusher', 'Skullcrushers', 'Lying Triceps Extension (Barbell)', 'Lying Triceps Extension', 'Triceps Extension (Barbell)'],
  },
  {
    id: 'ez-bar-skullcrusher', name: 'EZ Bar Skullcrusher', pattern: 'elbow-extension', equipment: 'e-z curl bar', primary: TRI,
    aliases: ['Skullcrusher (EZ Bar)', 'EZ Bar Skull Crusher', 'Lying Triceps Extension (EZ Bar)'],
  },
  {
    id: 'dumbbell-skullcrusher', name: 'Dumbbell Skullcrusher', pattern: 'elbow-extension', equipment: 'dumbbell', primary: TRI,
    aliases: ['Skullcrusher (Dumbbell)', 'Lying Dumbbell Triceps Extension', 'Lying Triceps Extension (Dumbbell)'],
  },
  {
    id: 'jm-press', name: 'JM Press', pattern: 'elbow-extension', equipment: 'barbell', level: 'intermediate', mechanic: 'compound',
    primary: { triceps: 0.75 }, secondary: { chest: 0.15, shoulders: 0.1 }, aliases: ['JM Press (Barbell)'],
  },
  {
    id: 'machine-triceps-extension', name: 'Machine Triceps Extension', pattern: 'elbow-extension', equipment: 'machine', primary: TRI,
    aliases: ['Triceps Extension (Machine)', 'Tricep Extension Machine'],
  },
  {
    id: 'dumbbell-triceps-kickback', name: 'Dumbbell Triceps Kickback', pattern: 'elbow-extension', equipment: 'dumbbell', primary: TRI,
    aliases: ['Triceps Kickback (Dumbbell)', 'Tricep Kickback', 'Kickbacks', 'Dumbbell Kickback'],
  },
  {
    id: 'cable-triceps-kickback', name: 'Cable Triceps Kickback', pattern: 'elbow-extension', equipment: 'cable', primary: TRI,
    aliases: ['Triceps Kickback (Cable)', 'Cable Kickback'],
  },
  {
    id: 'triceps-dip', name: 'Triceps Dip', pattern: 'elbow-extension', equipment: 'body only', mechanic: 'compound', level: 'intermediate',
    primary: { triceps: 0.6 }, secondary: { chest: 0.25, shoulders: 0.15 }, aliases: ['Triceps Dip (Bodyweight)', 'Triceps Dip (Weighted)', 'Tricep Dips'],
  },
  {
    id: 'bench-dip', name: 'Bench Dip', pattern: 'elbow-extension', equipment: 'body only', mechanic: 'compound',
    primary: { triceps: 0.7 }, secondary: { chest: 0.15, shoulders: 0.15 }, aliases: ['Bench Dips', 'Bench Dip (Bodyweight)'],
  },
  {
    id: 'machine-triceps-dip', name: 'Machine Triceps Dip', pattern: 'elbow-extension', equipment: 'machine', mechanic: 'compound',
    primary: { triceps: 0.6 }, secondary: { chest: 0.25, shoulders: 0.15 }, aliases: ['Seated Dip Machine', 'Triceps Dip (Machine)', 'Seated Dip (Machine)', 'Dip Machine'],
  },
  {
    id: 'barbell-wrist-curl', name: 'Barbell Wrist Curl', pattern: 'wrist', equipment: 'barbell', primary: WRIST,
    aliases: ['Wrist Curl (Barbell)', 'Seated Palms Up Wrist Curl', 'Seated Wrist Curl (Barbell)', 'Wrist Curl', 'Palms Up Wrist Curl'],
  },
  {
    id: 'dumbbell-wrist-curl', name: 'Dumbbell Wrist Curl', pattern: 'wrist', equipment: 'dumbbell', primary: WRIST,
    aliases: ['Wrist Curl (Dumbbell)', 'Seated Dumbbell Wrist Curl'],
  },
  {
    id: 'behind-the-back-wrist-curl', name: 'Behind the Back Barbell Wrist Curl', pattern: 'wrist', equipment: 'barbell', primary: WRIST,
    aliases: ['Behind the Back Bicep Wrist Curl (Barbell)', 'Behind the Back Wrist Curl (Barbell)', 'Standing Behind the Back Wrist Curl'],
  },
  {
    id: 'barbell-wrist-extension', name: 'Barbell Wrist Extension', pattern: 'wrist', equipment: 'barbell', force: 'push', primary: WRIST,
    aliases: ['Seated Wrist Extension (Barbell)', 'Reverse Wrist Curl (Barbell)', 'Reverse Wrist Curl', 'Palms Down Wrist Curl', 'Wrist Extension'],
  },
  {
    id: 'dumbbell-wrist-extension', name: 'Dumbbell Wrist Extension', pattern: 'wrist', equipment: 'dumbbell', force: 'push', primary: WRIST,
    aliases: ['Reverse Wrist Curl (Dumbbell)', 'Wrist Extension (Dumbbell)'],
  },
  {
    id: 'dead-hang', name: 'Dead Hang', pattern: 'wrist', equipment: 'body only', force: 'static',
    primary: { forearms: 0.7 }, secondary: { lats: 0.2, shoulders: 0.1 }, aliases: ['Bar Hang', 'Hang (Bodyweight)', 'Passive Hang'],
  },
  {
    id: 'plate-pinch', name: 'Plate Pinch', pattern: 'wrist', equipment: 'other', force: 'static', primary: WRIST, aliases: ['Plate Pinch Hold', 'Pinch Grip Hold'],
  },
]);
