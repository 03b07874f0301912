import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        name
        email
        role
        athleteId
        coachId
      }
    }
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
    }
  }
`);

export const meKeys = { all: ['me'] as const };

export const meOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: meKeys.all, queryFn: () => request(MeDocument, {}), staleTime: 5 * 60_000 });
