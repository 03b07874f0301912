import { Suspense } from 'react';
import { Loading } from '~/components/states';
import { ImportForm } from '~/features/import/import-form';

export const metadata = { title: 'Import log · Liftgraph' };

export default function ImportPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Import a workout log</h1>
          <p className="muted">
            Preview the file, confirm its weight unit if it does not state one, map names the catalog does not know (remembered for your
            organisation), then import — for an athlete on your roster or a new one. Re-importing the same file adds nothing.
          </p>
        </div>
      </div>
      <Suspense fallback={<Loading />}>
        <ImportForm />
      </Suspense>
    </>
  );
}
