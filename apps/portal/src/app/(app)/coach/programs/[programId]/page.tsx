import { ProgramView } from '~/features/programs/program-view';

export const metadata = { title: 'Program · Liftgraph' };

export default async function CoachProgramPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return <ProgramView programId={programId} />;
}
