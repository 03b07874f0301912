'use client';

import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphState } from './graph-model';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '90px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#1b2230',
    },
  },
  { selector: 'node[kind = "exercise"]', style: { 'background-color': '#2f5bea', shape: 'round-rectangle', width: 22, height: 22 } },
  {
    selector: 'node[kind = "muscle"]',
    style: { 'background-color': '#1f9d55', shape: 'ellipse', width: 30, height: 30, 'font-weight': 'bold' },
  },
  { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#141b2d' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c77700' } },
  { selector: 'edge', style: { width: 'mapData(weight, 0, 1, 1, 4)', 'curve-style': 'bezier', 'line-color': '#b8c0cc', opacity: 0.9 } },
  { selector: 'edge[role = "secondary"]', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge[kind = "SIMILAR_TO"]',
    style: {
      'line-color': '#7a5af8',
      label: 'data(label)',
      'font-size': 8,
      color: '#7a5af8',
      'text-background-color': '#fff',
      'text-background-opacity': 1,
    },
  },
  {
    selector: 'edge[kind = "TRANSFERS_TO"]',
    style: {
      'line-color': '#c77700',
      'target-arrow-color': '#c77700',
      'target-arrow-shape': 'triangle',
      label: 'data(label)',
      'font-size': 8,
      color: '#c77700',
    },
  },
];

/** Renders the explorer graph; new elements are added in place and laid out again. */
export function CytoscapeCanvas({
  graph,
  onTapNode,
  selectedId,
}: {
  graph: GraphState;
  onTapNode: (id: string) => void;
  selectedId: string | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onTap = useRef(onTapNode);
  onTap.current = onTapNode;

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = cytoscape({ container: container.current, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
    instance.on('tap', 'node', (evt) => onTap.current(String(evt.target.id())));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    let added = 0;
    c.batch(() => {
      for (const n of graph.nodes.values()) {
        const existing = c.getElementById(n.id);
        if (existing.empty()) {
          c.add({ group: 'nodes', data: { ...n, expanded: graph.expanded.has(n.id) } });
          added++;
        } else existing.data('expanded', graph.expanded.has(n.id));
      }
      for (const e of graph.edges.values()) {
        if (c.getElementById(e.id).empty()) {
          c.add({ group: 'edges', data: { ...e } });
          added++;
        }
      }
    });
    if (added > 0)
      c.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, padding: 24 }).run();
  }, [graph]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.$(':selected').unselect();
    if (selectedId) c.getElementById(selectedId).select();
  }, [selectedId, graph]);

  return (
    <div
      ref={container}
      className="explorer-canvas"
      role="img"
      aria-label={`Exercise graph with ${graph.nodes.size} nodes and ${graph.edges.size} edges`}
      data-testid="graph-canvas"
    />
  );
}
