// Test helpers of @liftgraph/learning (source-only subpath `@liftgraph/learning/testing`).
export { saveTinyArtifact } from './tiny-artifact.js';
