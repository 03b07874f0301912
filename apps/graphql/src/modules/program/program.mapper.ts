import type { StoredProgram } from '@liftgraph/neo4j';
import type { ProgramType } from './program.type.js';

/** The stored program (the contract's shape) as the API's Program: `programId` is its `id`, each prescription knows its place. */
export const toProgramType = ({ programId, ...p }: StoredProgram): ProgramType => ({
  ...p,
  id: programId,
  weeks: p.weeks.map((w) => ({
    ...w,
    days: w.days.map((d) => ({ ...d, prescriptions: d.prescriptions.map((rx, order) => ({ ...rx, order })) })),
  })),
});
