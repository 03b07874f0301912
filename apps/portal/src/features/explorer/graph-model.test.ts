import { describe, expect, it } from 'vitest';
import { EMPTY_GRAPH, edgeId, exerciseNodeId, merge, muscleNodeId, neighbourGraph, relationsOf } from './graph-model';

const squat = { id: exerciseNodeId('squat'), label: 'Squat', kind: 'exercise' as const };
const front = { id: exerciseNodeId('front'), label: 'Front squat', kind: 'exercise' as const };
const quads = { id: muscleNodeId('quadriceps'), label: 'quadriceps', kind: 'muscle' as const };

describe('merge', () => {
  it('should add nodes and edges once and record the expanded node', () => {
    const g1 = merge(
      EMPTY_GRAPH,
      [squat, quads],
      [{ source: squat.id, target: quads.id, kind: 'TARGETS', weight: 0.6, role: 'primary' }],
      squat.id,
    );
    const g2 = merge(g1, [squat, quads], [{ source: squat.id, target: quads.id, kind: 'TARGETS', weight: 0.6, role: 'primary' }]);
    expect(g2.nodes.size).toBe(2);
    expect(g2.edges.size).toBe(1);
    expect(g2.expanded.has(squat.id)).toBe(true);
  });

  it('should treat SIMILAR_TO as undirected but TRANSFERS_TO as directed', () => {
    const g = merge(
      EMPTY_GRAPH,
      [squat, front],
      [
        { source: squat.id, target: front.id, kind: 'SIMILAR_TO', weight: 0.9 },
        { source: front.id, target: squat.id, kind: 'SIMILAR_TO', weight: 0.9 },
        { source: squat.id, target: front.id, kind: 'TRANSFERS_TO', weight: 0.5 },
        { source: front.id, target: squat.id, kind: 'TRANSFERS_TO', weight: 0.4 },
      ],
    );
    expect(g.edges.size).toBe(3);
    expect(edgeId('SIMILAR_TO', 'b', 'a')).toBe(edgeId('SIMILAR_TO', 'a', 'b'));
  });

  it('should drop edges whose endpoints are not in the graph', () => {
    expect(merge(EMPTY_GRAPH, [squat], [{ source: squat.id, target: quads.id, kind: 'TARGETS', weight: 1 }]).edges.size).toBe(0);
  });
});

describe('neighbourGraph', () => {
  const neighbours = [
    {
      kind: 'TRANSFERS_TO',
      direction: 'out',
      weight: 0.6,
      exercise: { id: 'front', name: 'Front squat', equipment: 'barbell', mechanic: 'compound' },
    },
    {
      kind: 'TRANSFERS_TO',
      direction: 'in',
      weight: 0.4,
      exercise: { id: 'leg-press', name: 'Leg press', equipment: 'machine', mechanic: 'compound' },
    },
    {
      kind: 'SIMILAR_TO',
      direction: 'in',
      weight: 0.8,
      exercise: { id: 'front', name: 'Front squat', equipment: 'barbell', mechanic: 'compound' },
    },
    { kind: 'SOMETHING_ELSE', direction: 'out', weight: 1, exercise: { id: 'x', name: 'X', equipment: 'none', mechanic: 'isolation' } },
  ];

  it('should keep transfer directions, label weights and skip unknown kinds', () => {
    const { nodes, edges } = neighbourGraph(squat.id, neighbours);
    expect(nodes.map((n) => n.id)).not.toContain(exerciseNodeId('x'));
    expect(edges).toEqual([
      { source: squat.id, target: front.id, kind: 'TRANSFERS_TO', weight: 0.6, label: '→ 0.60' },
      { source: exerciseNodeId('leg-press'), target: squat.id, kind: 'TRANSFERS_TO', weight: 0.4, label: '→ 0.40' },
      { source: front.id, target: squat.id, kind: 'SIMILAR_TO', weight: 0.8, label: '0.80' },
    ]);
  });

  it("should list a node's transfer and similarity relations with their direction", () => {
    const { nodes, edges } = neighbourGraph(squat.id, neighbours);
    const g = merge(EMPTY_GRAPH, [squat, ...nodes], edges, squat.id);
    const relations = relationsOf(g, squat.id).map((r) => [r.kind, r.direction, r.other.label]);
    expect(relations).toEqual([
      ['SIMILAR_TO', 'in', 'Front squat'],
      ['TRANSFERS_TO', 'out', 'Front squat'],
      ['TRANSFERS_TO', 'in', 'Leg press'],
    ]);
  });
});
