import { AthleteWeek } from '~/features/workouts/athlete-week';

export const metadata = { title: 'This week · Liftgraph' };

export default function AthleteHomePage() {
  return <AthleteWeek />;
}
