import { graphql } from '~/graphql/gql';

/** The athlete's whole log as a file (`strong-csv` or `json`). */
export const ExportLogDocument = graphql(`
  query ExportLog($athleteId: ID!, $format: String!) {
    exportLog(athleteId: $athleteId, format: $format) {
      filename
      contentType
      body
    }
  }
`);

/** A program as an iCalendar file. */
export const ExportProgramDocument = graphql(`
  query ExportProgram($programId: ID!) {
    exportProgram(programId: $programId, format: "ics") {
      filename
      contentType
      body
    }
  }
`);
