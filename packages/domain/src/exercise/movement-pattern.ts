import type { MovementPatternId } from './exercise.js';

/** Coarse family a movement pattern belongs to; the planner balances families within a week. */
export type PatternFamily = 'lower-compound' | 'upper-push' | 'upper-pull' | 'isolation' | 'core' | 'other';

export interface MovementPattern {
  id: MovementPatternId;
  name: string;
  family: PatternFamily;
}

/** Every movement pattern with a display name and family, in `MOVEMENT_PATTERN_IDS` order. */
export const MOVEMENT_PATTERNS: readonly MovementPattern[] = [
  { id: 'squat', name: 'Squat', family: 'lower-compound' },
  { id: 'hinge', name: 'Hip Hinge', family: 'lower-compound' },
  { id: 'lunge', name: 'Lunge / Single-Leg', family: 'lower-compound' },
  { id: 'horizontal-push', name: 'Horizontal Push', family: 'upper-push' },
  { id: 'vertical-push', name: 'Vertical Push', family: 'upper-push' },
  { id: 'horizontal-pull', name: 'Horizontal Pull', family: 'upper-pull' },
  { id: 'vertical-pull', name: 'Vertical Pull', family: 'upper-pull' },
  { id: 'carry', name: 'Loaded Carry', family: 'core' },
  { id: 'elbow-flexion', name: 'Elbow Flexion (Curls)', family: 'isolation' },
  { id: 'elbow-extension', name: 'Elbow Extension (Triceps)', family: 'isolation' },
  { id: 'shoulder-raise', name: 'Shoulder Raise', family: 'isolation' },
  { id: 'chest-fly', name: 'Chest Fly', family: 'isolation' },
  { id: 'knee-flexion', name: 'Knee Flexion (Leg Curl)', family: 'isolation' },
  { id: 'knee-extension', name: 'Knee Extension', family: 'isolation' },
  { id: 'hip-abduction', name: 'Hip Abduction', family: 'isolation' },
  { id: 'hip-adduction', name: 'Hip Adduction', family: 'isolation' },
  { id: 'calf-raise', name: 'Calf Raise', family: 'isolation' },
  { id: 'shrug', name: 'Shrug', family: 'isolation' },
  { id: 'core-flexion', name: 'Core Flexion', family: 'core' },
  { id: 'core-stability', name: 'Core Stability', family: 'core' },
  { id: 'rotation', name: 'Rotation / Anti-Rotation', family: 'core' },
  { id: 'wrist', name: 'Wrist / Grip', family: 'isolation' },
  { id: 'neck', name: 'Neck', family: 'isolation' },
  { id: 'conditioning', name: 'Conditioning', family: 'other' },
  { id: 'stretch', name: 'Stretch / Mobility', family: 'other' },
  { id: 'other', name: 'Other / Unclassified', family: 'other' },
];

const BY_ID = new Map(MOVEMENT_PATTERNS.map((p) => [p.id, p]));

/** The movement pattern with this id; `undefined` when unknown. */
export function movementPatternById(id: string): MovementPattern | undefined {
  return BY_ID.get(id as MovementPatternId);
}
