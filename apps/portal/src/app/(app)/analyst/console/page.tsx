import { GraphqlConsole } from '~/features/console/graphql-console';

export const metadata = { title: 'GraphQL console · Liftgraph' };

export default function ConsolePage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>GraphQL console</h1>
          <p className="muted">Query exercise relationships: muscles, similarity, transfer and substitutes.</p>
        </div>
      </div>
      <GraphqlConsole />
    </>
  );
}
