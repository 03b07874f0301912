import { AthleteProgress } from '~/features/workouts/athlete-progress';

export const metadata = { title: 'Progress · Liftgraph' };

export default function AthleteProgressPage() {
  return <AthleteProgress />;
}
