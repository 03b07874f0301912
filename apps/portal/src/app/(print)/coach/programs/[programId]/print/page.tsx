import { ProgramPrint } from '~/features/export/program-print';

export const metadata = { title: 'Print program · Liftgraph' };

/** The printable program: outside the signed-in shell, so neither navigation nor sidebar is printed. */
export default async function ProgramPrintPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return <ProgramPrint programId={programId} />;
}
