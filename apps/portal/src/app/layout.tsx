import type { ReactNode } from 'react';

export const metadata = { title: 'Liftgraph', description: 'Strength programming that explains load, fatigue and why.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0 }}>{children}</body>
    </html>
  );
}
