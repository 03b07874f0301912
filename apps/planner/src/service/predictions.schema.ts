import { z } from 'zod';

/** Query of GET /predictions. */
export const predictionsQuerySchema = z.object({ athleteId: z.string().trim().min(1, 'athleteId is required') });

const reasonSchema = z.object({
  feature: z.string().describe('model feature, or `rule:<id>` / `model:<name>` for a one-line reason'),
  value: z.number().nullable().describe("the feature's value in its own unit; null for one-line reasons"),
  contribution: z.number().describe('signed contribution to the next weight, in `unit`'),
  unit: z.string(),
  note: z.string().optional().describe('the one-line reason (rules, or the model without SHAP)'),
});

const shapReasonSchema = z.object({
  feature: z.string().describe('learning-graph feature id'),
  label: z.string().describe('the feature in coach words'),
  value: z.number().nullable().describe("the feature's value for this performance, in `valueUnit`"),
  valueUnit: z.string(),
  contribution: z.number().describe('signed SHAP value in the target unit (kg / reps / s)'),
  direction: z.enum(['up', 'down', 'none']),
});

const targetShapSchema = z.object({
  target: z.string().describe('weight, reps or rest'),
  unit: z.string(),
  lastValue: z.number().nullable().describe('the last performance ("repeat last time")'),
  baseValue: z.number().describe('last value + the model’s average change over the training background'),
  prediction: z.number().describe("the model's unrounded prediction = baseValue + Σ every contribution"),
  reasons: z.array(shapReasonSchema).describe('largest |contribution| first'),
  otherContribution: z.number().describe('Σ contributions of the features not listed'),
  efficiencyGap: z.number().describe('|Σ contributions − (prediction − baseValue)| in the target unit'),
});

/** Why the model says what it says for one exercise; always present, `status` says whether there is SHAP. */
export const explanationSchema = z.object({
  status: z.enum(['shap', 'no-model', 'unavailable', 'failed']),
  note: z.string().describe('one line for the coach: whose view this is, or why there is no SHAP'),
  role: z.enum(['served', 'model-view']).nullable().describe("served: the number shown is the model's; model-view: rules served it"),
  model: z
    .object({
      version: z.string(),
      name: z.string(),
      verdict: z.enum(['beat-baselines', 'did-not-beat-baselines', 'unverified', 'pinned']),
    })
    .nullable(),
  performanceDate: z.string().nullable().describe('date of the performance whose next session is explained'),
  targets: z.array(targetShapSchema),
});

/** One prediction; the `next*` names and `reasons[].feature/contribution` are what apps/graphql reads. */
export const predictionSchema = z.object({
  exerciseId: z.string(),
  exerciseName: z.string(),
  nextWeightKg: z.number().nullable(),
  nextReps: z.number().int().nullable(),
  nextRestSec: z.number().nullable(),
  source: z.enum(['gnn', 'rules']),
  reasons: z.array(reasonSchema),
  rationale: z.string(),
  explanation: explanationSchema,
});

export const predictionsResponseSchema = z.object({
  athleteId: z.string(),
  /** `gnn:<model>` when a model is loaded, else `rules`. */
  predictor: z.string(),
  predictions: z.array(predictionSchema),
  explanation: z.object({
    status: z.enum(['shap', 'no-model', 'failed', 'no-history']),
    detail: z.string(),
    background: z.enum(['training-sample', 'training-mean']).nullable(),
    backgroundRows: z.number().int(),
    numSamples: z.number().int().describe('KernelSHAP coalitions per explained prediction'),
    computeMs: z.number().describe('wall time of the SHAP computation of this response'),
    cached: z.boolean().describe('the explanations came from this process’s memo (same model, athlete, log and budget)'),
  }),
});

export type NextPrediction = z.infer<typeof predictionSchema>;
export type PredictionExplanation = z.infer<typeof explanationSchema>;
export type PredictionsResponse = z.infer<typeof predictionsResponseSchema>;
