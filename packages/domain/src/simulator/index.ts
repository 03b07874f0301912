/** `@liftgraph/domain/simulator`: simulated athletes and their logs (study scenario, populations, closed-loop evaluation). */
export { createAthlete, type AthleteParams, type SimAthlete, type Sex } from './sim-athlete.js';
export { runSimulation, type RunSimulationOptions, type SimulationResult, type AcwrWeek } from './run-simulation.js';
export type { ExercisePrescription, SessionTemplate, WeeklySchedule, Prescriber, PrescriberContext } from './prescription-types.js';
export { createProgressionPrescriber, type ProgressionKind } from './progression-prescriber.js';
export { SPLIT_TEMPLATES, SPLIT_FOR_DAYS, type SplitId } from './split-templates.js';
export { simulateStudyScenario, type StudyScenarioOptions } from './study-scenario.js';
export { generatePopulation, type PopulationOptions, type SimulatedAthlete } from './generate-population.js';
