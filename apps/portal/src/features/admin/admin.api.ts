import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

export const OrganisationsDocument = graphql(`
  query AdminOrganisations {
    organisations {
      id
      name
      createdAt
      athleteCount
      coaches {
        id
        name
        email
      }
    }
  }
`);

export const AdminUserFieldsFragment = graphql(`
  fragment AdminUserFields on User {
    id
    name
    email
    role
    disabled
    organisation {
      id
      name
    }
  }
`);

export const UsersDocument = graphql(`
  query AdminUsers($organisationId: ID) {
    users(organisationId: $organisationId) {
      ...AdminUserFields
    }
  }
`);

export const CreateCoachDocument = graphql(`
  mutation CreateCoach($input: CreateCoachInput!) {
    createCoach(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const SetUserDisabledDocument = graphql(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...AdminUserFields
    }
  }
`);

export const adminKeys = {
  all: ['admin'] as const,
  organisations: () => [...adminKeys.all, 'organisations'] as const,
  users: (organisationId: string | null) => [...adminKeys.all, 'users', organisationId ?? 'all'] as const,
};

export const organisationsOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: adminKeys.organisations(), queryFn: () => request(OrganisationsDocument, {}) });

export const usersOptions = (organisationId: string | null, request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: adminKeys.users(organisationId), queryFn: () => request(UsersDocument, { organisationId }) });
