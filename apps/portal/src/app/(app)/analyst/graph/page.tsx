import { GraphExplorer } from '~/features/explorer/graph-explorer';

export const metadata = { title: 'Exercise graph · Liftgraph' };

export default function GraphExplorerPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Exercise graph</h1>
          <p className="muted">Exercises, the muscles they target, and their similarity and transfer edges, straight from Neo4j.</p>
        </div>
      </div>
      <GraphExplorer />
    </>
  );
}
