import type { OrganisationRecord, UserRecord } from '@liftgraph/neo4j';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';

interface TeamLoaders {
  organisationById: DataLoader<string, OrganisationRecord | null>;
  coachesByOrganisationId: DataLoader<string, UserRecord[]>;
}

const perRequest = new WeakMap<Context, TeamLoaders>();

/** The request's batch loaders for organisations and their coaches (the admin page lists many of each: one query per relation). */
export function teamLoaders(ctx: Context): TeamLoaders {
  let loaders = perRequest.get(ctx);
  if (loaders === undefined) {
    loaders = {
      organisationById: new DataLoader(async (ids) => {
        const byId = new Map((await ctx.repos.organisations.list(ids)).map((o) => [o.id, o]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      coachesByOrganisationId: new DataLoader(async (ids) => {
        const members = await ctx.repos.users.membersOf(ids);
        return ids.map((id) => members.filter((u) => u.organisationId === id));
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
