/** What both arrival patterns of the dashboard bench report. */
export interface LoadResult {
  requests: number;
  throughputReqPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  /** 2xx answers whose body carries GraphQL `errors` (or is not a GraphQL answer). */
  graphqlErrors: number;
  /** Transport errors and timeouts plus graphqlErrors. */
  errors: number;
}

export interface LoadOptions {
  url: URL;
  headers: Record<string, string>;
  body: string;
  rate: number;
  durationSec: number;
}
