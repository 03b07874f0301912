import { defineExercises } from './define-exercise.js';

const CRUNCH = { abdominals: 1 };
const LEG_RAISE = { abdominals: 0.75 };
const LEG_RAISE_2 = { adductors: 0.1, quadriceps: 0.15 };
const CARRY = { forearms: 0.35, traps: 0.3 };
const CARRY_2 = { abdominals: 0.15, glutes: 0.1, shoulders: 0.1 };

/** Core flexion, stability and rotation, loaded carries, neck work and conditioning. */
export const CORE_AND_OTHER_EXERCISES = defineExercises([
  { id: 'crunch', name: 'Crunch', pattern: 'core-flexion', equipment: 'body only', primary: CRUNCH, aliases: ['Crunches', 'Crunch (Bodyweight)', 'Floor Crunch'] },
  {
    id: 'cable-crunch', name: 'Cable Crunch', pattern: 'core-flexion', equipment: 'cable', primary: CRUNCH,
    aliases: ['Cable Crunch (Cable)', 'Kneeling Cable Crunch', 'Rope Crunch', 'Cable Crunches'],
  },
  {
    id: 'machine-crunch', name: 'Machine Crunch', pattern: 'core-flexion', equipment: 'machine', primary: CRUNCH,
    aliases: ['Crunch (Machine)', 'Ab Crunch Machine', 'Abdominal Crunch Machine', 'Seated Ab Crunch (Machine)'],
  },
  {
    id: 'decline-crunch', name: 'Decline Crunch', pattern: 'core-flexion', equipment: 'body only', primary: CRUNCH,
    aliases: ['Decline Crunch (Weighted)', 'Decline Crunch (Bodyweight)', 'Weighted Decline Crunch', 'Decline Sit Up'],
  },
  {
    id: 'weighted-crunch', name: 'Weighted Crunch', pattern: 'core-flexion', equipment: 'other', loading: 'bodyweight-plus', primary: CRUNCH,
    aliases: ['Crunch (Weighted)', 'Plate Crunch'],
  },
  {
    id: 'sit-up', name: 'Sit-Up', pattern: 'core-flexion', equipment: 'body only',
    primary: { abdominals: 0.85 }, secondary: { quadriceps: 0.15 }, aliases: ['Sit Up', 'Sit Ups', 'Situps', 'Sit Up (Bodyweight)'],
  },
  {
    id: 'hanging-leg-raise', name: 'Hanging Leg Raise', pattern: 'core-flexion', equipment: 'body only', level: 'intermediate',
    primary: LEG_RAISE, secondary: LEG_RAISE_2, aliases: ['Hanging Leg Raises', 'Hanging Leg Raise (Bodyweight)', 'Toes to Bar'],
  },
  {
    id: 'hanging-knee-raise', name: 'Hanging Knee Raise', pattern: 'core-flexion', equipment: 'body only',
    primary: LEG_RAISE, secondary: LEG_RAISE_2, aliases: ['Hanging Knee Raises', 'Knee Raise (Hanging)'],
  },
  {
    id: 'captains-chair-knee-raise', name: 'Captains Chair Knee Raise', pattern: 'core-flexion', equipment: 'other', loading: 'bodyweight-plus',
    primary: LEG_RAISE, secondary: LEG_RAISE_2,
    aliases: ["Knee Raise (Captain's Chair)", "Captain's Chair Leg Raise", 'Leg Raise Parallel Bars', 'Parallel Bar Leg Raise', 'Vertical Knee Raise', 'Knee Raise (Parallel Bars)'],
  },
  {
    id: 'lying-leg-raise', name: 'Lying Leg Raise', pattern: 'core-flexion', equipment: 'body only',
    primary: LEG_RAISE, secondary: LEG_RAISE_2, aliases: ['Leg Raise', 'Leg Raises', 'Lying Leg Raises', 'Flat Bench Leg Raise'],
  },
  {
    id: 'ab-wheel-rollout', name: 'Ab Wheel Rollout', pattern: 'core-stability', equipment: 'other', loading: 'bodyweight-plus', level: 'intermediate',
    primary: { abdominals: 0.8 }, secondary: { lats: 0.1, shoulders: 0.1 }, aliases: ['Ab Wheel', 'Ab Rollout', 'Ab Wheel Rollouts', 'Ab Roller'],
  },
  {
    id: 'plank', name: 'Plank', pattern: 'core-stability', equipment: 'body only',
    primary: { abdominals: 0.8 }, secondary: { shoulders: 0.1, glutes: 0.1 }, aliases: ['Planks', 'Front Plank', 'Forearm Plank'],
  },
  {
    id: 'side-plank', name: 'Side Plank', pattern: 'core-stability', equipment: 'body only',
    primary: { abdominals: 0.75 }, secondary: { abductors: 0.15, shoulders: 0.1 }, aliases: ['Side Planks', 'Side Bridge'],
  },
  {
    id: 'dumbbell-side-bend', name: 'Dumbbell Side Bend', pattern: 'core-flexion', equipment: 'dumbbell',
    primary: { abdominals: 0.8 }, secondary: { 'lower back': 0.2 }, aliases: ['Side Bend (Dumbbell)', 'Side Bend', 'Side Bends', 'Dumbbell Side Bends'],
  },
  {
    id: 'cable-woodchop', name: 'Cable Woodchop', pattern: 'rotation', equipment: 'cable',
    primary: { abdominals: 0.8 }, secondary: { shoulders: 0.1, glutes: 0.1 },
    aliases: ['Wood Chop (Cable)', 'Cable Wood Chop', 'Wood chopping', 'Woodchopper', 'Cable Twist', 'Cable Twists', 'Cable Rotation'],
  },
  {
    id: 'russian-twist', name: 'Russian Twist', pattern: 'rotation', equipment: 'body only',
    primary: { abdominals: 1 }, aliases: ['Russian Twists', 'Russian Twist (Weighted)', 'Russian Twist (Bodyweight)'],
  },
  {
    id: 'pallof-press', name: 'Pallof Press', pattern: 'rotation', equipment: 'cable', force: 'static',
    primary: { abdominals: 0.85 }, secondary: { shoulders: 0.15 }, aliases: ['Pallof Press (Cable)', 'Cable Pallof Press'],
  },
  {
    id: 'dead-bug', name: 'Dead Bug', pattern: 'core-stability', equipment: 'body only', primary: { abdominals: 1 }, aliases: ['Dead Bugs'],
  },
  {
    id: 'farmers-carry', name: 'Farmers Carry', pattern: 'carry', equipment: 'dumbbell', primary: CARRY, secondary: CARRY_2,
    aliases: ["Farmer's Walk", 'Farmers Walk', "Farmer's Carry", 'Farmers Walk (Dumbbell)', 'Farmer Carry (Dumbbell)', 'Farmers Carry (Trap Bar)'],
  },
  {
    id: 'suitcase-carry', name: 'Suitcase Carry', pattern: 'carry', equipment: 'dumbbell',
    primary: { abdominals: 0.35, forearms: 0.3 }, secondary: { traps: 0.2, glutes: 0.15 }, aliases: ['Suitcase Carry (Dumbbell)', 'Single Arm Farmers Carry'],
  },
  {
    id: 'kettlebell-farmers-carry', name: 'Kettlebell Farmers Carry', pattern: 'carry', equipment: 'kettlebells', primary: CARRY, secondary: CARRY_2,
    aliases: ["Farmer's Walk (Kettlebell)", 'Farmers Carry (Kettlebell)'],
  },
  {
    id: 'neck-flexion', name: 'Neck Flexion', pattern: 'neck', equipment: 'other', primary: { neck: 1 }, aliases: ['Neck Curl', 'Plate Neck Flexion', 'Neck Flexion (Plate)'],
  },
  {
    id: 'neck-extension', name: 'Neck Extension', pattern: 'neck', equipment: 'other', primary: { neck: 1 }, aliases: ['Neck Harness Extension', 'Neck Extension (Harness)'],
  },
  {
    id: 'kettlebell-turkish-get-up', name: 'Turkish Get-Up', pattern: 'core-stability', equipment: 'kettlebells', level: 'intermediate', mechanic: 'compound',
    primary: { shoulders: 0.35, abdominals: 0.3 }, secondary: { glutes: 0.15, quadriceps: 0.1, triceps: 0.1 }, aliases: ['Turkish Get Up', 'Turkish Getup (Kettlebell)'],
  },
  {
    id: 'burpee', name: 'Burpee', pattern: 'conditioning', equipment: 'body only', category: 'plyometrics', mechanic: 'compound',
    primary: { quadriceps: 0.3, chest: 0.25 }, secondary: { shoulders: 0.15, triceps: 0.1, abdominals: 0.1, glutes: 0.1 }, aliases: ['Burpees'],
  },
  {
    id: 'sled-push', name: 'Sled Push', pattern: 'conditioning', equipment: 'other', category: 'strongman', mechanic: 'compound', force: 'push',
    primary: { quadriceps: 0.45, glutes: 0.25 }, secondary: { calves: 0.15, shoulders: 0.1, triceps: 0.05 }, aliases: ['Prowler Push', 'Sled Push (Weighted)'],
  },
  {
    id: 'battle-ropes', name: 'Battle Ropes', pattern: 'conditioning', equipment: 'other', category: 'cardio',
    primary: { shoulders: 0.55 }, secondary: { forearms: 0.2, abdominals: 0.15, biceps: 0.1 }, aliases: ['Battle Rope', 'Battle Rope Waves'],
  },
  {
    id: 'kettlebell-snatch', name: 'Kettlebell Snatch', pattern: 'hinge', equipment: 'kettlebells', loading: 'single', level: 'intermediate', category: 'olympic weightlifting',
    primary: { glutes: 0.3, hamstrings: 0.25, shoulders: 0.25 }, secondary: { traps: 0.1, 'lower back': 0.1 }, aliases: ['Kettlebell Snatch (Single Arm)'],
  },
  {
    id: 'kettlebell-clean', name: 'Kettlebell Clean', pattern: 'hinge', equipment: 'kettlebells', loading: 'single', level: 'intermediate',
    primary: { glutes: 0.35, hamstrings: 0.3 }, secondary: { traps: 0.15, forearms: 0.1, biceps: 0.1 }, aliases: ['Kettlebell Clean (Single Arm)'],
  },
  {
    id: 'kettlebell-thruster', name: 'Kettlebell Thruster', pattern: 'squat', equipment: 'kettlebells',
    primary: { quadriceps: 0.4, shoulders: 0.3 }, secondary: { glutes: 0.15, triceps: 0.15 }, aliases: ['Thruster (Kettlebell)'],
  },
  {
    id: 'barbell-thruster', name: 'Barbell Thruster', pattern: 'squat', equipment: 'barbell', level: 'intermediate',
    primary: { quadriceps: 0.4, shoulders: 0.3 }, secondary: { glutes: 0.15, triceps: 0.15 }, aliases: ['Thruster (Barbell)', 'Thruster', 'Thrusters'],
  },
  {
    id: 'dumbbell-thruster', name: 'Dumbbell Thruster', pattern: 'squat', equipment: 'dumbbell',
    primary: { quadriceps: 0.4, shoulders: 0.3 }, secondary: { glutes: 0.15, triceps: 0.15 }, aliases: ['Thruster (Dumbbell)'],
  },
]);
