import * as highsModule from 'highs';

/** The part of the HiGHS WASM module the planner uses: a synchronous one-shot LP/MIP solve. */
export interface MipSolver {
  solve(lp: string, options?: Readonly<Record<string, string | number | boolean>>): MipSolution;
}

export interface MipSolution {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, { Primal?: number }>;
  Rows: Array<{ Name?: string; Primal?: number }>;
}

type Loader = () => Promise<{ solve(lp: string, options?: object): unknown }>;
// `highs` ships a CommonJS type file for an ESM build: the loader is the default export at run time.
const moduleValue = highsModule as unknown as { default?: Loader };
const highsLoader: Loader = moduleValue.default ?? (highsModule as unknown as Loader);

let loading: Promise<MipSolver> | undefined;

/** Loads the HiGHS WASM runtime once per process; every solve after that is synchronous. */
export function loadSolver(): Promise<MipSolver> {
  loading ??= highsLoader().then((h): MipSolver => ({
    solve: (lp, options) => h.solve(lp, { output_flag: false, ...options }) as MipSolution,
  }));
  return loading;
}
