import { ModelVersions } from '~/features/models/model-versions';
import { TrainingRuns } from '~/features/models/training-runs';

export const metadata = { title: 'Models · Liftgraph' };

export default function ModelsPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Models</h1>
          <p className="muted">GraphSAGE and GCN over the training graph: runs, errors against persistence and rule baselines, and what drives predictions.</p>
        </div>
      </div>
      <div className="grid">
        <TrainingRuns />
        <ModelVersions />
      </div>
    </>
  );
}
