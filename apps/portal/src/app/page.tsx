export default function HomePage() {
  return (
    <main style={{ padding: '2rem', maxWidth: 720, margin: '0 auto' }}>
      <h1>Liftgraph</h1>
      <p>Coach portal, athlete programs and the analyst console live here. Sign-in arrives with the portal issue.</p>
    </main>
  );
}
