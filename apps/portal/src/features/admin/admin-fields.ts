import { z } from 'zod';
import { password } from '~/features/account/account-fields';

/** An admin's new coach: checked in the form before createCoach (the API checks again). */
export const CreateCoachFields = z.object({
  organisationId: z.string().min(1, 'Choose the organisation the coach joins.'),
  name: z.string().trim().min(1, "Enter the coach's name.").max(200),
  email: z.string().trim().email('Enter a valid e-mail address, like name@example.com.').max(320),
  password,
});
