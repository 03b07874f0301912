// Soak-only preload for a Node service (`node --expose-gc --require ./soak-heap-probe.cjs dist/main.js`, started by
// `pnpm bench:soak` with an IPC channel); never part of a product start command. On request over IPC it forces a
// full GC and replies with process.memoryUsage(), or writes a V8 heap snapshot (which also collects first).
// Plain CommonJS because the service runs its built dist/ with plain node, without a TypeScript loader.
'use strict';
const v8 = require('node:v8');

if (typeof process.send === 'function') {
  process.on('message', (msg) => {
    if (msg === null || typeof msg !== 'object' || typeof msg.soakProbe !== 'string') return;
    const reply = (body) => process.send({ soakProbeReply: msg.id, ...body });
    try {
      if (msg.soakProbe === 'gc') {
        if (typeof globalThis.gc !== 'function') return reply({ error: 'global.gc is missing: start node with --expose-gc' });
        const started = process.hrtime.bigint();
        globalThis.gc();
        const gcMs = Number(process.hrtime.bigint() - started) / 1e6;
        reply({ gcMs, memory: process.memoryUsage() });
      } else if (msg.soakProbe === 'snapshot') {
        reply({ file: v8.writeHeapSnapshot(msg.path) });
      } else {
        reply({ error: `unknown soakProbe request "${msg.soakProbe}"` });
      }
    } catch (e) {
      reply({ error: String(e && e.message ? e.message : e) });
    }
  });
}
