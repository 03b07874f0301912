import { Field, ObjectType } from 'type-graphql';

@ObjectType('ExportFile', { description: 'A file to download: save `body` under `filename` (the portal does so with one click).' })
export class ExportFileType {
  @Field(() => String, { description: 'A file name to save it under, e.g. liftgraph-ada-moreau-log-2026-12-07.csv.' })
  filename!: string;

  @Field(() => String, { description: 'The MIME type: text/csv, application/json or text/calendar (UTF-8).' })
  contentType!: string;

  @Field(() => String, { description: 'The whole file as text.' })
  body!: string;
}
