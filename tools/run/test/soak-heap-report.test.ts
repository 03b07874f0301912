import { describe, expect, it } from 'vitest';
import { renderHeapSection, type SoakHeap } from '../soak-heap-report.js';

const sample = (tSec: number, heapUsedMiB: number, rssMiB: number) => ({
  tSec,
  heapUsedMiB,
  heapTotalMiB: 60,
  externalMiB: 4,
  rssMiB,
  gcMs: 10,
});

describe('renderHeapSection', () => {
  it('should give heap-after-GC and outside-heap slopes per minute, one row per sample and the snapshot growth', () => {
    const heap: SoakHeap = {
      process: 'graphql',
      samples: [sample(0, 30, 130), sample(60, 32, 131), sample(120, 34, 132)],
      snapshots: [{ label: 'start', tSec: 0, objects: 1000, bytes: 2 * 1048576 }],
      growth: [{ from: 'start', to: 'end', rows: [{ key: 'Leaky|Thing', countFrom: 1, countTo: 4, bytesFrom: 1024, bytesTo: 4096 }] }],
      problems: [],
    };
    const text = renderHeapSection(heap).join('\n');
    expect(text).toContain('Heap used after GC: 30.0 → 34.0 MiB (max 34.0), slope 2.000 MiB/min over the run');
    expect(text).toContain(
      'RSS outside the V8 heap (RSS − heap total − external: native allocations, thread stacks, the binary): 66.0 → 68.0 MiB, slope 1.00 MiB/min',
    );
    expect(text).toContain('| 60 | 32.0 | 60.0 | 4.0 | 131.0 | 67.0 | 10.0 |');
    expect(text).toContain('| start | 0 | 1000 | 2.0 |');
    expect(text).toContain('| Leaky\\|Thing | 1 | 4 | +3 | +3.0 |');
  });

  it('should list why figures are missing', () => {
    const text = renderHeapSection({
      process: 'graphql',
      samples: [],
      snapshots: [],
      growth: [],
      problems: ['heap sample: heap probe did not answer gc within 30000 ms'],
    }).join('\n');
    expect(text).toContain('- problem: heap sample: heap probe did not answer gc within 30000 ms');
    expect(text).not.toContain('Heap used after GC:');
  });
});
