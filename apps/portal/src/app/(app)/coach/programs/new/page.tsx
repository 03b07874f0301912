import { Suspense } from 'react';
import { Loading } from '~/components/states';
import { ProgramBuilder } from '~/features/programs/program-builder';

export const metadata = { title: 'Program builder · Liftgraph' };

export default function ProgramBuilderPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Program builder</h1>
          <p className="muted">
            Pick the constraints; the planner picks exercises from the graph and doses from the model, each with its reason.
          </p>
        </div>
      </div>
      <Suspense fallback={<Loading />}>
        <ProgramBuilder />
      </Suspense>
    </>
  );
}
