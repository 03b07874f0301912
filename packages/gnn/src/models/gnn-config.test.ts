import { describe, expect, it } from 'vitest';
import { randomGraph } from '../testing/tiny-graphs.js';
import { paramSpecs, resolveConfig } from './gnn-config.js';

describe('resolveConfig numRelations', () => {
  const typed = randomGraph(10, 40, 3, 1, 1, 4).adjacency;

  it('should default to one relation for the kinds that ignore edge types', () => {
    expect(resolveConfig({ kind: 'sage', inFeatures: 3 }, typed).numRelations).toBe(1);
    expect(() => resolveConfig({ kind: 'gcn', inFeatures: 3, numRelations: 2 })).toThrowError(
      /kind 'gcn' ignores edge types: numRelations must be 1, got 2/,
    );
  });

  it('should take rsage relations as given, else count them from the graph', () => {
    expect(resolveConfig({ kind: 'rsage', inFeatures: 3, numRelations: 6 }, typed).numRelations).toBe(6);
    expect(resolveConfig({ kind: 'rsage', inFeatures: 3 }, typed).numRelations).toBe(4);
    expect(() => resolveConfig({ kind: 'rsage', inFeatures: 3 })).toThrowError(/kind 'rsage' needs numRelations/);
    expect(() => resolveConfig({ kind: 'rsage', inFeatures: 3, numRelations: 257 })).toThrowError(/at most 256, got 257/);
    expect(() => resolveConfig({ kind: 'rsage', inFeatures: 3, numRelations: 0 })).toThrowError(/numRelations must be a positive integer/);
  });

  it('should list one neighbour kernel per relation and layer', () => {
    const names = paramSpecs(resolveConfig({ kind: 'rsage', inFeatures: 3, hidden: 4, numRelations: 2 })).map((p) => `${p.name}:${p.shape.join('x')}`);
    expect(names).toEqual([
      'conv1/kernel_root:3x4',
      'conv1/kernel_neigh_r0:3x4',
      'conv1/kernel_neigh_r1:3x4',
      'conv1/bias:4',
      'conv2/kernel_root:4x4',
      'conv2/kernel_neigh_r0:4x4',
      'conv2/kernel_neigh_r1:4x4',
      'conv2/bias:4',
      'head/kernel:4x3',
      'head/bias:3',
    ]);
  });
});
