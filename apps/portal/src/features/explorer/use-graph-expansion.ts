'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { exerciseNeighboursOptions, muscleExercisesOptions } from '~/features/exercises/exercises.queries';
import { gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';
import {
  EMPTY_GRAPH,
  exerciseNodeId,
  type GraphEdge,
  type GraphNode,
  type GraphState,
  merge,
  muscleNodeId,
  neighbourGraph,
} from './graph-model';

const TransferPathDocument = graphql(`
  query TransferPath($from: ID!, $to: ID!) {
    transferPath(from: $from, to: $to, maxHops: 3) {
      weight
      exerciseIds
      exercises {
        id
        name
        equipment
      }
    }
  }
`);

type NewEdge = Omit<GraphEdge, 'id'>;
const MUSCLE_FANOUT = 8;

/** The explorer's graph plus the ways to grow it, each backed by one cached GraphQL query. */
export function useGraphExpansion() {
  const queryClient = useQueryClient();
  const [graph, setGraph] = useState<GraphState>(EMPTY_GRAPH);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }, []);

  const expandExercise = useCallback(
    (exerciseId: string) =>
      run(exerciseId, async () => {
        const d = await queryClient.fetchQuery(exerciseNeighboursOptions(exerciseId));
        if (!d.exercise) return;
        const self = exerciseNodeId(d.exercise.id);
        const nodes: GraphNode[] = [
          {
            id: self,
            label: d.exercise.name,
            kind: 'exercise',
            detail: `${d.exercise.equipment} · ${d.exercise.mechanic} · ${d.exercise.pattern}`,
          },
        ];
        const edges: NewEdge[] = [];
        for (const t of d.exercise.targets) {
          nodes.push({ id: muscleNodeId(t.muscle), label: t.muscle, kind: 'muscle' });
          edges.push({
            source: self,
            target: muscleNodeId(t.muscle),
            kind: 'TARGETS',
            weight: t.share,
            role: t.role,
            label: `${t.role} ${Math.round(t.share * 100)} %`,
          });
        }
        const around = neighbourGraph(self, d.exerciseNeighbours);
        nodes.push(...around.nodes);
        edges.push(...around.edges);
        setGraph((g) => merge(g, nodes, edges, self));
      }),
    [queryClient, run],
  );

  const expandMuscle = useCallback(
    (muscle: string) =>
      run(muscle, async () => {
        const d = await queryClient.fetchQuery(muscleExercisesOptions());
        const group = d.muscleGroups.find((m) => m.id === muscle || m.name === muscle);
        const self = muscleNodeId(muscle);
        const exercises = group?.exercises.slice(0, MUSCLE_FANOUT) ?? [];
        const nodes: GraphNode[] = [
          { id: self, label: muscle, kind: 'muscle' },
          ...exercises.map((e): GraphNode => ({
            id: exerciseNodeId(e.id),
            label: e.name,
            kind: 'exercise',
            detail: `${e.equipment} · ${e.mechanic}`,
          })),
        ];
        const edges: NewEdge[] = exercises.map((e) => ({
          source: exerciseNodeId(e.id),
          target: self,
          kind: 'TARGETS',
          weight: 0.6,
          role: 'primary',
        }));
        setGraph((g) => merge(g, nodes, edges, self));
      }),
    [queryClient, run],
  );

  const addTransferPath = useCallback(
    (from: string, to: string) =>
      run('transfer', async () => {
        const d = await gqlRequest(TransferPathDocument, { from, to });
        const nodes: GraphNode[] = d.transferPath.flatMap((p) =>
          p.exercises.map((e): GraphNode => ({ id: exerciseNodeId(e.id), label: e.name, kind: 'exercise', detail: e.equipment })),
        );
        const edges: NewEdge[] = d.transferPath.flatMap((p) =>
          p.exerciseIds.slice(1).map((id, i): NewEdge => ({
            source: exerciseNodeId(p.exerciseIds[i] ?? id),
            target: exerciseNodeId(id),
            kind: 'TRANSFERS_TO',
            weight: p.weight,
            label: `→ ${p.weight.toFixed(2)}`,
          })),
        );
        if (d.transferPath.length === 0) throw new Error('No transfer path (TRANSFERS_TO, up to 3 hops) between these exercises.');
        setGraph((g) => merge(g, nodes, edges));
      }),
    [run],
  );

  /** Expands whatever node was clicked: an exercise's muscles and TRANSFERS_TO / SIMILAR_TO neighbours (both directions), or a muscle's exercises. */
  const expand = useCallback(
    (nodeId: string) => {
      if (nodeId.startsWith('ex:')) return expandExercise(nodeId.slice(3));
      if (nodeId.startsWith('mg:')) return expandMuscle(nodeId.slice(3));
      return Promise.resolve();
    },
    [expandExercise, expandMuscle],
  );

  return { graph, busy, error, expand, expandExercise, addTransferPath, reset: () => setGraph(EMPTY_GRAPH) };
}
