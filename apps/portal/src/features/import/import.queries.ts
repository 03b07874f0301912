import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const PreviewWorkoutLogDocument = graphql(`
  query PreviewWorkoutLog($athleteId: ID, $csv: String!, $unit: String) {
    previewWorkoutLog(athleteId: $athleteId, csv: $csv, unit: $unit) {
      format
      unit
      unitSource
      unitConfidence
      unitEvidence
      unitNeedsConfirmation
      repairedLines
      warnings
      sessions
      sets
      exercises
      firstDate
      lastDate
      mappedSets
      unmatched {
        name
        sets
        suggestions {
          exerciseId
          name
          score
        }
      }
      matched {
        name
        sets
        exerciseId
        exerciseName
        method
      }
    }
  }
`);

export const ImportWorkoutLogDocument = graphql(`
  mutation ImportWorkoutLog($athleteId: ID, $newAthlete: NewAthleteInput, $unit: String, $csv: String!, $mappings: [NameMappingInput!]) {
    importWorkoutLog(athleteId: $athleteId, newAthlete: $newAthlete, unit: $unit, csv: $csv, mappings: $mappings) {
      importId
      athleteId
      format
      unit
      unitSource
      unitConfidence
      unitEvidence
      repairedLines
      sessions
      performances
      sets
      firstDate
      lastDate
      unmapped
      dumbbellRecording {
        recording
        reason
        pairs
      }
    }
  }
`);

export const importKeys = {
  preview: (fileKey: string, athleteId: string | null) => ['import', 'preview', fileKey, athleteId] as const,
};

/**
 * The server's preview of a file (writes nothing). The file is read without a unit, so the preview
 * shows what the file states or what its loads suggest; the user's confirmation goes with the import.
 */
export const previewOptions = (csv: string, fileKey: string, athleteId: string | null, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: importKeys.preview(fileKey, athleteId),
    queryFn: () => request(PreviewWorkoutLogDocument, { athleteId, csv, unit: null }),
    enabled: csv.trim() !== '',
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
