import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

/** What every operation that starts a session returns: both tokens and the signed-in user. */
export const SessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    token
    expiresAt
    refreshToken
    refreshExpiresAt
    user {
      id
      name
      email
      role
      athleteId
      coachId
      organisation {
        id
        name
      }
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionPayload
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SessionPayload
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionPayload
    }
  }
`);

export const AcceptInviteDocument = graphql(`
  mutation AcceptInvite($code: String!, $email: String!, $password: String!, $name: String) {
    acceptInvite(code: $code, email: $email, password: $password, name: $name) {
      ...SessionPayload
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...SessionPayload
    }
  }
`);

export const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      athleteId
      coachId
      organisation {
        id
        name
      }
    }
  }
`);

export const meKeys = { all: ['me'] as const };

export const meOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: meKeys.all, queryFn: () => request(MeDocument, {}), staleTime: 5 * 60_000 });
