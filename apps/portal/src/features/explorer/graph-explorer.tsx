'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorState, Panel } from '~/components/states';
import { exerciseSearchOptions } from '~/features/exercises/exercises.queries';
import { CytoscapeCanvas } from './cytoscape-canvas';
import { SEARCH_SHOWN, visibleResults } from './explorer-search';
import { ExplorerSidebar } from './explorer-sidebar';
import styles from './explorer.module.css';
import { useGraphExpansion } from './use-graph-expansion';

const START_EXERCISE = 'barbell-back-squat';

export function GraphExplorer() {
  const { graph, busy, error, expand, expandExercise, addTransferPath, reset } = useGraphExpansion();
  const [term, setTerm] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const search = useQuery(exerciseSearchOptions(term, SEARCH_SHOWN + 1));
  const results = visibleResults(search.data?.exercises ?? []);

  useEffect(() => {
    void expandExercise(START_EXERCISE);
  }, [expandExercise]);

  const onTap = (id: string) => {
    setSelected(id);
    if (!graph.expanded.has(id)) void expand(id);
  };

  return (
    <div className={styles.layout}>
      <Panel title="Search exercises" className={styles.search}>
        <input
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder="e.g. row, lunge, curl"
          aria-label="Search exercises"
          style={{ width: '100%' }}
        />
        {search.isFetching ? <p className="muted small">Searching…</p> : null}
        {search.error ? <ErrorState error={search.error} /> : null}
        {search.data && search.data.exercises.length === 0 ? <p className="muted small">No exercise matches “{term}”.</p> : null}
        <ul aria-label="Search results" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {results.items.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                style={{ border: 'none', padding: '2px 0' }}
                onClick={() => {
                  setSelected(`ex:${e.id}`);
                  void expandExercise(e.id);
                }}
              >
                + {e.name}
              </button>
              <span className="muted small"> {e.equipment}</span>
            </li>
          ))}
        </ul>
        {results.more ? (
          <p className="muted small" data-testid="search-cut">
            Showing the first {SEARCH_SHOWN} matches — refine the search to find others.
          </p>
        ) : null}
      </Panel>
      <div className={styles.tools}>
        <ExplorerSidebar
          graph={graph}
          selected={selected}
          busy={busy}
          onExpand={(id) => {
            setSelected(id);
            void expand(id);
          }}
          onTransfer={(a, b) => void addTransferPath(a, b)}
          onReset={reset}
        />
      </div>
      <Panel
        title="Graph"
        className={styles.graph}
        actions={
          <span className="muted small" role="status">
            {busy ? 'Expanding…' : `${graph.nodes.size} nodes · ${graph.edges.size} edges`}
          </span>
        }
      >
        {error ? <ErrorState error={error} /> : null}
        <CytoscapeCanvas graph={graph} onTapNode={onTap} selectedId={selected} />
        <div className="legend" style={{ marginTop: 8 }}>
          <span>
            <i style={{ background: '#2f5bea' }} />
            Exercise
          </span>
          <span>
            <i style={{ background: '#1f9d55', borderRadius: '50%' }} />
            Muscle group
          </span>
          <span>
            <i style={{ background: '#b8c0cc' }} />
            TARGETS (dashed = secondary)
          </span>
          <span>
            <i style={{ background: '#7a5af8' }} />
            SIMILAR_TO (score)
          </span>
          <span>
            <i style={{ background: '#c77700' }} />
            TRANSFERS_TO (weight)
          </span>
          <span>Click a node to expand its neighbours.</span>
        </div>
      </Panel>
    </div>
  );
}
