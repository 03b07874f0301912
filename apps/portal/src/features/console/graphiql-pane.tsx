'use client';

import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { buildClientSchema, type IntrospectionQuery } from 'graphql';
import { useMemo } from 'react';
import introspection from '~/graphql/gql/introspection.json';
import { createMemoryStorage } from './example-queries';

// Built from the committed schema by codegen: no introspection round-trip (the API's depth limit refuses it).
const SCHEMA = buildClientSchema(introspection as unknown as IntrospectionQuery);

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
  return (
    <GraphiQL
      fetcher={fetcher}
      schema={SCHEMA}
      defaultTabs={[{ query }]}
      storage={storage}
      defaultEditorToolsVisibility={false}
      forcedTheme="light"
    />
  );
}
