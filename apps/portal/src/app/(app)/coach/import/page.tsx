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
            Preview the file, map names the catalog does not know, then import. Re-importing the same file adds nothing.
          </p>
        </div>
      </div>
      <Suspense fallback={<Loading />}>
        <ImportForm />
      </Suspense>
    </>
  );
}
