import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const ModelVersionsDocument = graphql(`
  query ModelVersions {
    modelVersions(limit: 10) {
      id kind createdAt artifact features beatsBaselines metrics { name value }
      lossCurves { split points { epoch loss } }
      globalShap { explainedNodes backgroundRows numSamples targets { target unit features { feature meanAbs } } }
    }
  }
`);

export const TrainingRunsDocument = graphql(`
  query TrainingRuns {
    trainingRuns { id status startedAt finishedAt exitCode logTail }
  }
`);

export const TrainModelDocument = graphql(`
  mutation TrainModel($model: String!, $epochs: Int!) {
    trainModel(model: $model, epochs: $epochs) { id status startedAt }
  }
`);

export const modelKeys = {
  all: ['models'] as const,
  versions: () => [...modelKeys.all, 'versions'] as const,
  runs: () => [...modelKeys.all, 'runs'] as const,
};

export const modelVersionsOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: modelKeys.versions(), queryFn: () => request(ModelVersionsDocument, {}) });

export const trainingRunsOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: modelKeys.runs(),
    queryFn: () => request(TrainingRunsDocument, {}),
    // Poll while a run is going so progress is live; stop once everything has finished.
    refetchInterval: (q) => (q.state.data?.trainingRuns.some((r) => r.status === 'RUNNING') ? 2_000 : false),
  });
