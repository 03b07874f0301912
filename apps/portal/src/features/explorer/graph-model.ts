/** Plain graph state for the explorer, kept outside cytoscape so it can be tested and re-rendered. */
export type NodeKind = 'exercise' | 'muscle';
export type EdgeKind = 'TARGETS' | 'SIMILAR_TO' | 'TRANSFERS_TO';

export interface GraphNode {
  id: string;
  label: string;
  kind: NodeKind;
  detail?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label?: string;
  weight: number;
  /** TARGETS only: primary or secondary mover. */
  role?: string;
}

export interface GraphState {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  expanded: ReadonlySet<string>;
}

export const EMPTY_GRAPH: GraphState = { nodes: new Map(), edges: new Map(), expanded: new Set() };

export const exerciseNodeId = (id: string): string => `ex:${id}`;
export const muscleNodeId = (muscle: string): string => `mg:${muscle}`;

/** Undirected kinds get one edge per pair whatever the direction they were found in. */
export function edgeId(kind: EdgeKind, a: string, b: string): string {
  const [x, y] = kind === 'SIMILAR_TO' && b < a ? [b, a] : [a, b];
  return `${kind}:${x}->${y}`;
}

/** Adds nodes and edges (existing ones are kept), and marks `expandedId` as expanded. */
export function merge(state: GraphState, nodes: readonly GraphNode[], edges: readonly Omit<GraphEdge, 'id'>[], expandedId?: string): GraphState {
  const n = new Map(state.nodes);
  for (const node of nodes) if (!n.has(node.id)) n.set(node.id, node);
  const e = new Map(state.edges);
  for (const edge of edges) {
    const id = edgeId(edge.kind, edge.source, edge.target);
    if (!e.has(id) && n.has(edge.source) && n.has(edge.target)) e.set(id, { ...edge, id });
  }
  const expanded = new Set(state.expanded);
  if (expandedId) expanded.add(expandedId);
  return { nodes: n, edges: e, expanded };
}
