export interface ProgramLike {
  id: string;
  status: string;
  createdAt: string;
}

/** The program the athlete trains on now: the newest active one, else the newest of any status. */
export function currentProgram<P extends ProgramLike>(programs: readonly P[]): P | null {
  return programs.find((p) => p.status === 'active') ?? programs[0] ?? null;
}
