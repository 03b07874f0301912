'use client';

import { type FormEvent } from 'react';
import { Panel } from '~/components/states';
import { type GraphState, relationsOf } from './graph-model';

interface ExplorerSidebarProps {
  graph: GraphState;
  selected: string | null;
  busy: string | null;
  onExpand: (nodeId: string) => void;
  onTransfer: (fromExerciseId: string, toExerciseId: string) => void;
  onReset: () => void;
}

/** The graph as a list (keyboard and screen-reader route to every node), details and a transfer-path tool. */
export function ExplorerSidebar({ graph, selected, busy, onExpand, onTransfer, onReset }: ExplorerSidebarProps) {
  const exercises = [...graph.nodes.values()].filter((n) => n.kind === 'exercise');
  const node = selected ? graph.nodes.get(selected) : undefined;
  const degree = selected ? [...graph.edges.values()].filter((e) => e.source === selected || e.target === selected).length : 0;
  const relations = selected ? relationsOf(graph, selected) : [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const from = String(f.get('from')).slice(3);
    const to = String(f.get('to')).slice(3);
    if (from && to && from !== to) onTransfer(from, to);
  }

  return (
    <>
      {node ? (
        <Panel title="Selected">
          <strong>{node.label}</strong>
          <div className="muted small">
            {node.kind === 'muscle' ? 'Muscle group' : node.detail} · {degree} edges shown
          </div>
          {relations.length > 0 ? (
            <ul
              aria-label={`Transfers and similar exercises of ${node.label}`}
              className="small"
              style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}
            >
              {relations.map((r) => (
                <li key={`${r.kind}:${r.direction}:${r.other.id}`}>
                  {r.kind === 'TRANSFERS_TO' ? (r.direction === 'out' ? 'transfers to ' : 'gets carry-over from ') : 'similar to '}
                  {r.other.label} <span className="muted">({r.weight.toFixed(2)})</span>
                </li>
              ))}
            </ul>
          ) : null}
          {!graph.expanded.has(node.id) ? (
            <button type="button" className="btn btn-small" style={{ marginTop: 8 }} onClick={() => onExpand(node.id)}>
              Expand neighbours
            </button>
          ) : null}
        </Panel>
      ) : null}
      <Panel title="Transfer path" className="">
        <form onSubmit={submit} className="grid" style={{ gap: 6 }} aria-label="Find a transfer path">
          <select name="from" aria-label="From exercise" defaultValue="">
            <option value="">From…</option>
            {exercises.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
          <select name="to" aria-label="To exercise" defaultValue="">
            <option value="">To…</option>
            {exercises.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
          <button className="btn btn-small" type="submit" disabled={busy !== null}>
            Show TRANSFERS_TO path
          </button>
        </form>
      </Panel>
      <Panel
        title={`Nodes (${graph.nodes.size})`}
        actions={
          <button type="button" className="btn btn-small btn-ghost" onClick={onReset}>
            Clear
          </button>
        }
      >
        <ul aria-label="Graph nodes" style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 220, overflow: 'auto' }}>
          {[...graph.nodes.values()].map((n) => (
            <li key={n.id} style={{ display: 'flex', justifyContent: 'space-between', gap: 4 }}>
              <span className="small" style={{ textTransform: n.kind === 'muscle' ? 'capitalize' : undefined }}>
                <span aria-hidden="true" style={{ color: n.kind === 'muscle' ? '#1f9d55' : '#2f5bea' }}>
                  ●{' '}
                </span>
                {n.label}
              </span>
              {graph.expanded.has(n.id) ? (
                <span className="muted small">expanded</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  style={{ border: 'none', padding: '0 4px' }}
                  onClick={() => onExpand(n.id)}
                  aria-label={`Expand ${n.label}`}
                >
                  Expand
                </button>
              )}
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}
