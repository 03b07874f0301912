// Test aids for other packages' tests (source only, not built: `@liftgraph/source` condition).
export { futureBookmark } from './future-bookmark.js';
