import type { LoggedSession } from '@liftgraph/domain';
import type { NodeExplanations } from './explain-next.js';

/**
 * Per-process memo of SHAP explanations, least recently used out first. The key holds everything the
 * result depends on (model version, athlete, the whole log's content, the budget) and KernelSHAP is
 * seeded, so every replica computes the same answer: the cache only saves CPU, it holds no state
 * another replica would need.
 */
export class ShapCache {
  private readonly entries = new Map<string, NodeExplanations>();

  constructor(private readonly maxEntries = 200) {}

  get(key: string): NodeExplanations | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: NodeExplanations): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** FNV-1a (32 bit) of the log's JSON: any edit anywhere in the log changes the key. */
export function logFingerprint(sessions: readonly LoggedSession[]): string {
  const text = JSON.stringify(sessions);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${sessions.length}:${text.length}:${(h >>> 0).toString(16)}`;
}
