'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Loading } from '~/components/states';
import { EXAMPLE_QUERIES } from './example-queries';

// GraphiQL's editors need the DOM; load it in the browser only.
const GraphiqlPane = dynamic(() => import('./graphiql-pane'), { ssr: false, loading: () => <Loading label="Loading the console" /> });

export function GraphqlConsole() {
  const [selected, setSelected] = useState(0);
  const example = EXAMPLE_QUERIES[selected] ?? EXAMPLE_QUERIES[0];
  return (
    <div className="grid" style={{ gridTemplateColumns: 'minmax(200px, 260px) minmax(0, 1fr)' }}>
      <nav className="panel" aria-label="Example queries">
        <h2 style={{ marginBottom: 8 }}>Examples</h2>
        <div className="grid" style={{ gap: 4 }}>
          {EXAMPLE_QUERIES.map((e, i) => (
            <button
              key={e.title}
              type="button"
              className={`btn btn-small ${i === selected ? '' : 'btn-ghost'}`}
              style={{ justifyContent: 'flex-start', textAlign: 'left' }}
              aria-pressed={i === selected}
              onClick={() => setSelected(i)}
            >
              {e.title}
            </button>
          ))}
        </div>
        <p className="muted small">Run with ▶ or Ctrl-Enter. As an analyst you read the exercise graph and anonymized aggregates only.</p>
      </nav>
      <div className="console-wrap">
        <GraphiqlPane key={selected} query={example.query} />
      </div>
    </div>
  );
}
