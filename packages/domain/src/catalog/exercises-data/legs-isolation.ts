import { defineExercises } from './define-exercise.js';

const LEG_CURL = { hamstrings: 0.9 };
const LEG_CURL_2 = { calves: 0.1 };
const LEG_EXT = { quadriceps: 1 };
const CALF = { calves: 1 };

/** Knee flexion/extension, calf raises and hip abduction/adduction. */
export const LEG_ISOLATION_EXERCISES = defineExercises([
  {
    id: 'lying-leg-curl', name: 'Lying Leg Curl', pattern: 'knee-flexion', equipment: 'machine', primary: LEG_CURL, secondary: LEG_CURL_2,
    aliases: ['Lying Leg Curl (Machine)', 'Prone Leg Curl', 'Lying Hamstring Curl', 'Leg Curl (Lying)'],
  },
  {
    id: 'seated-leg-curl', name: 'Seated Leg Curl', pattern: 'knee-flexion', equipment: 'machine', primary: LEG_CURL, secondary: LEG_CURL_2,
    aliases: ['Seated Leg Curl (Machine)', 'Seated Hamstring Curl', 'Leg Curl (Seated)', 'Leg Curl', 'Leg Curls', 'Leg Curl (Machine)', 'Hamstring Curl'],
  },
  {
    id: 'standing-leg-curl', name: 'Standing Leg Curl', pattern: 'knee-flexion', equipment: 'machine', primary: LEG_CURL, secondary: LEG_CURL_2,
    aliases: ['Standing Leg Curl (Machine)', 'Single Leg Curl (Machine)', 'Single Leg Curl'],
  },
  {
    id: 'stability-ball-leg-curl', name: 'Stability Ball Leg Curl', pattern: 'knee-flexion', equipment: 'exercise ball',
    primary: { hamstrings: 0.75 }, secondary: { glutes: 0.15, calves: 0.1 }, aliases: ['Physioball Leg Curl', 'Swiss Ball Leg Curl', 'Ball Leg Curl'],
  },
  {
    id: 'dumbbell-leg-curl', name: 'Dumbbell Leg Curl', pattern: 'knee-flexion', equipment: 'dumbbell', loading: 'single', primary: LEG_CURL, secondary: LEG_CURL_2,
    aliases: ['Leg Curl (Dumbbell)'],
  },
  {
    id: 'leg-extension', name: 'Leg Extension', pattern: 'knee-extension', equipment: 'machine', primary: LEG_EXT,
    aliases: ['Leg Extension (Machine)', 'Leg Extensions', 'Seated Leg Extension', 'Quad Extension', 'Machine Leg Extension'],
  },
  {
    id: 'single-leg-extension', name: 'Single Leg Extension', pattern: 'knee-extension', equipment: 'machine', primary: LEG_EXT,
    aliases: ['Single Leg Extensions', 'Single Leg Extension (Machine)', 'One Leg Extension'],
  },
  {
    id: 'standing-calf-raise', name: 'Standing Calf Raise', pattern: 'calf-raise', equipment: 'machine', primary: CALF,
    aliases: ['Standing Calf Raise (Machine)', 'Calf Raise', 'Calf Raises', 'Machine Calf Raise', 'Standing Calf Raises', 'Calf Raise (Machine)'],
  },
  {
    id: 'seated-calf-raise', name: 'Seated Calf Raise', pattern: 'calf-raise', equipment: 'machine', primary: CALF,
    aliases: ['Seated Calf Raise (Machine)', 'Seated Calf Raise (Plate Loaded)', 'Seated Calf Raises'],
  },
  {
    id: 'leg-press-calf-raise', name: 'Leg Press Calf Raise', pattern: 'calf-raise', equipment: 'machine', primary: CALF,
    aliases: ['Calf Press on Leg Press', 'Calf Press on Seated Leg Press', 'Calf Press (Machine)', 'Calf Press', 'Calf Extension (Machine)', 'Calf Extension', 'Leg Press Calf Press'],
  },
  {
    id: 'smith-machine-calf-raise', name: 'Smith Machine Calf Raise', pattern: 'calf-raise', equipment: 'machine', primary: CALF,
    aliases: ['Calf Raise (Smith Machine)', 'Standing Calf Raise (Smith Machine)'],
  },
  {
    id: 'dumbbell-calf-raise', name: 'Dumbbell Calf Raise', pattern: 'calf-raise', equipment: 'dumbbell', primary: CALF,
    aliases: ['Calf Raise (Dumbbell)', 'Standing Calf Raise (Dumbbell)', 'Single Leg Calf Raise (Dumbbell)'],
  },
  {
    id: 'barbell-calf-raise', name: 'Barbell Calf Raise', pattern: 'calf-raise', equipment: 'barbell', primary: CALF,
    aliases: ['Calf Raise (Barbell)', 'Standing Calf Raise (Barbell)'],
  },
  {
    id: 'bodyweight-calf-raise', name: 'Bodyweight Calf Raise', pattern: 'calf-raise', equipment: 'body only', primary: CALF,
    aliases: ['Calf Raise (Bodyweight)', 'Standing Calf Raise (Bodyweight)', 'Single Leg Calf Raise'],
  },
  {
    id: 'donkey-calf-raise', name: 'Donkey Calf Raise', pattern: 'calf-raise', equipment: 'machine', primary: CALF,
    aliases: ['Donkey Calf Raise (Machine)', 'Donkey Calf Raises'],
  },
  {
    id: 'hip-abduction-machine', name: 'Hip Abduction Machine', pattern: 'hip-abduction', equipment: 'machine',
    primary: { abductors: 0.6, glutes: 0.4 },
    aliases: ['Hip Abduction (Machine)', 'Hip Abduction', 'Abductor Machine', 'Seated Hip Abduction', 'Outer Thigh Machine', 'Thigh Abductor'],
  },
  {
    id: 'hip-adduction-machine', name: 'Hip Adduction Machine', pattern: 'hip-adduction', equipment: 'machine',
    primary: { adductors: 1 },
    aliases: ['Hip Adduction (Machine)', 'Hip Adduction', 'Adductor Machine', 'Seated Hip Adduction', 'Inner Thigh Machine', 'Thigh Adductor'],
  },
  {
    id: 'cable-hip-abduction', name: 'Cable Hip Abduction', pattern: 'hip-abduction', equipment: 'cable',
    primary: { abductors: 0.55, glutes: 0.45 }, aliases: ['Hip Abduction (Cable)', 'Standing Cable Hip Abduction'],
  },
  {
    id: 'cable-hip-adduction', name: 'Cable Hip Adduction', pattern: 'hip-adduction', equipment: 'cable',
    primary: { adductors: 1 }, aliases: ['Hip Adduction (Cable)'],
  },
  {
    id: 'cable-glute-kickback', name: 'Cable Glute Kickback', pattern: 'hinge', equipment: 'cable', mechanic: 'isolation', force: 'push',
    primary: { glutes: 0.8 }, secondary: { hamstrings: 0.2 }, aliases: ['Glute Kickback (Cable)', 'Cable Kickback (Glute)', 'Donkey Kick (Cable)'],
  },
  {
    id: 'machine-glute-kickback', name: 'Machine Glute Kickback', pattern: 'hinge', equipment: 'machine', mechanic: 'isolation', force: 'push',
    primary: { glutes: 0.8 }, secondary: { hamstrings: 0.2 }, aliases: ['Glute Kickback (Machine)', 'Glute Machine'],
  },
  {
    id: 'band-lateral-walk', name: 'Band Lateral Walk', pattern: 'hip-abduction', equipment: 'bands',
    primary: { abductors: 0.55, glutes: 0.45 }, aliases: ['Lateral Band Walk', 'Monster Walk', 'Banded Side Steps'],
  },
  {
    id: 'copenhagen-plank', name: 'Copenhagen Plank', pattern: 'hip-adduction', equipment: 'body only', level: 'intermediate', force: 'static',
    primary: { adductors: 0.7 }, secondary: { abdominals: 0.3 }, aliases: ['Copenhagen Adduction', 'Copenhagen Side Plank'],
  },
]);
