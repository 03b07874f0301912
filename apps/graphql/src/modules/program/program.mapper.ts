import type { Program } from '@liftgraph/neo4j';
import type { ProgramType } from './program.type.js';

export const toProgramType = (p: Program): ProgramType => ({ ...p, days: p.days.map((d) => ({ ...d, prescriptions: d.prescriptions.map((rx) => ({ ...rx })) })) });
