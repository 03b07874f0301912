import { queryOptions } from '@tanstack/react-query';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';

/*
 * The account operations the portal's pages call through the GraphQL proxy (the ones that start a session go
 * through the session routes instead: features/auth/auth.queries.ts).
 */

export const InviteFieldsFragment = graphql(`
  fragment InviteFields on Invite {
    id
    athleteId
    athleteName
    email
    createdAt
    expiresAt
    status
  }
`);

export const InvitesDocument = graphql(`
  query Invites($athleteId: ID!) {
    invites(athleteId: $athleteId) {
      ...InviteFields
    }
  }
`);

export const CreateInviteDocument = graphql(`
  mutation CreateInvite($athleteId: ID!, $email: String) {
    createInvite(athleteId: $athleteId, email: $email) {
      ...InviteFields
      code
      url
    }
  }
`);

export const RevokeInviteDocument = graphql(`
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id) {
      ...InviteFields
    }
  }
`);

export const InvitePreviewDocument = graphql(`
  query InvitePreview($code: String!) {
    invitePreview(code: $code) {
      athleteName
      coachName
      organisationName
      expiresAt
    }
  }
`);

export const RemoveAthleteDocument = graphql(`
  mutation RemoveAthlete($athleteId: ID!) {
    removeAthlete(athleteId: $athleteId)
  }
`);

export const PasswordResetLinkFieldsFragment = graphql(`
  fragment PasswordResetLinkFields on PasswordResetLink {
    url
    code
    expiresAt
    userEmail
  }
`);

export const IssuePasswordResetDocument = graphql(`
  mutation IssuePasswordReset($userId: ID, $athleteId: ID) {
    issuePasswordReset(userId: $userId, athleteId: $athleteId) {
      ...PasswordResetLinkFields
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($code: String!, $newPassword: String!) {
    resetPassword(code: $code, newPassword: $newPassword)
  }
`);

export const DeleteMyAccountDocument = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const accountKeys = {
  invites: (athleteId: string) => ['invites', athleteId] as const,
  invitePreview: (code: string) => ['invite-preview', code] as const,
};

export const invitesOptions = (athleteId: string, request: GqlRequest = gqlRequest) =>
  queryOptions({ queryKey: accountKeys.invites(athleteId), queryFn: () => request(InvitesDocument, { athleteId }) });

export const invitePreviewOptions = (code: string, request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: accountKeys.invitePreview(code),
    queryFn: () => request(InvitePreviewDocument, { code }),
    staleTime: Infinity,
    retry: false,
  });
