'use client';

import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { createMemoryStorage } from './example-queries';

/** Through the portal's proxy, so the analyst's own token (and role limits) apply. */
const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const res = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  return res.json() as Promise<Record<string, unknown>>;
};

export default function GraphiqlPane({ query }: { query: string }) {
  const storage = useMemo(() => createMemoryStorage(), []);
  return <GraphiQL fetcher={fetcher} defaultTabs={[{ query }]} storage={storage} defaultEditorToolsVisibility={false} forcedTheme="light" />;
}
