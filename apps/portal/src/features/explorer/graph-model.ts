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
export function merge(
  state: GraphState,
  nodes: readonly GraphNode[],
  edges: readonly Omit<GraphEdge, 'id'>[],
  expandedId?: string,
): GraphState {
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

/** One TRANSFERS_TO / SIMILAR_TO edge at an exercise, as the API's exerciseNeighbours returns it. */
export interface ExerciseNeighbour {
  kind: string;
  direction: string;
  weight: number;
  exercise: { id: string; name: string; equipment: string; mechanic: string };
}

/**
 * Nodes and edges for an exercise's neighbours: TRANSFERS_TO keeps its direction (an incoming edge
 * points from the neighbour to the exercise), SIMILAR_TO is drawn once per pair.
 */
export function neighbourGraph(
  selfId: string,
  neighbours: readonly ExerciseNeighbour[],
): { nodes: GraphNode[]; edges: Omit<GraphEdge, 'id'>[] } {
  const nodes: GraphNode[] = [];
  const edges: Omit<GraphEdge, 'id'>[] = [];
  for (const n of neighbours) {
    if (n.kind !== 'TRANSFERS_TO' && n.kind !== 'SIMILAR_TO') continue;
    const other = exerciseNodeId(n.exercise.id);
    nodes.push({ id: other, label: n.exercise.name, kind: 'exercise', detail: `${n.exercise.equipment} · ${n.exercise.mechanic}` });
    const [source, target] = n.direction === 'in' ? [other, selfId] : [selfId, other];
    const label = n.kind === 'TRANSFERS_TO' ? `→ ${n.weight.toFixed(2)}` : n.weight.toFixed(2);
    edges.push({ source, target, kind: n.kind, weight: n.weight, label });
  }
  return { nodes, edges };
}

/** The TRANSFERS_TO / SIMILAR_TO edges touching a node, for the sidebar's readable list. */
export function relationsOf(
  state: GraphState,
  nodeId: string,
): { kind: EdgeKind; direction: 'in' | 'out'; other: GraphNode; weight: number }[] {
  return [...state.edges.values()]
    .flatMap((e) => {
      if (e.kind === 'TARGETS' || (e.source !== nodeId && e.target !== nodeId)) return [];
      const otherId = e.source === nodeId ? e.target : e.source;
      const other = state.nodes.get(otherId);
      return other ? [{ kind: e.kind, direction: e.source === nodeId ? ('out' as const) : ('in' as const), other, weight: e.weight }] : [];
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.weight - a.weight);
}
