import type { UserRole } from '@liftgraph/neo4j';
import { ApiError } from '../errors/api-error.js';
import type { Viewer } from './viewer.js';

/**
 * Who may do what, in one place. Roles gate operations through type-graphql's `@Authorized(...)`
 * (see `ROLES`); this policy guards data by owner: an athlete reaches only their own athlete id, a
 * coach only athletes they COACH, an analyst no athlete at all (exercise graph and anonymized
 * aggregates only), an admin everything.
 */
export const ROLES = {
  anyone: ['COACH', 'ATHLETE', 'ANALYST', 'ADMIN'],
  athleteData: ['COACH', 'ATHLETE', 'ADMIN'],
  programWriters: ['COACH', 'ADMIN'],
  aggregates: ['ANALYST', 'ADMIN'],
  modelReaders: ['COACH', 'ANALYST', 'ADMIN'],
  modelTrainers: ['ADMIN'],
  admins: ['ADMIN'],
  /** Managing athletes' accounts: invites, password resets, removal (owner checks in AccessPolicy.assertCoachOf). */
  athleteManagers: ['COACH', 'ADMIN'],
} as const satisfies Record<string, readonly UserRole[]>;

export interface ProgramOwnership {
  athleteId: string | null;
  coachId: string | null;
  /** 'template' programs belong to their author; every other program to its athlete. */
  status?: string;
}

export class AccessPolicy {
  private coachAthletes: Promise<ReadonlySet<string>> | null = null;

  constructor(
    readonly viewer: Viewer | null,
    private readonly loadCoachAthleteIds: (coachId: string) => Promise<string[]>,
  ) {}

  requireViewer(): Viewer {
    if (this.viewer === null)
      throw new ApiError('UNAUTHENTICATED', 'sign in first (mutation login), then send the token as "Authorization: Bearer <token>"');
    return this.viewer;
  }

  /** The athlete ids a viewer may see, or 'all' for admins; loaded once per request. */
  async visibleAthleteIds(): Promise<ReadonlySet<string> | 'all'> {
    const v = this.requireViewer();
    switch (v.role) {
      case 'ADMIN':
        return 'all';
      case 'ATHLETE':
        return new Set(v.athleteId === null ? [] : [v.athleteId]);
      case 'COACH':
        if (v.coachId === null) return new Set();
        this.coachAthletes ??= this.loadCoachAthleteIds(v.coachId).then((ids) => new Set(ids));
        return this.coachAthletes;
      case 'ANALYST':
        return new Set();
    }
  }

  async canAccessAthlete(athleteId: string): Promise<boolean> {
    const visible = await this.visibleAthleteIds();
    return visible === 'all' || visible.has(athleteId);
  }

  /** Throws FORBIDDEN (same answer whether or not the athlete exists: no id probing). */
  async assertAthlete(athleteId: string): Promise<void> {
    if (!(await this.canAccessAthlete(athleteId))) throw new ApiError('FORBIDDEN', `you may not access athlete "${athleteId}"`);
  }

  /**
   * A program is reachable through its athlete; a template (or a program with no athlete) also by the
   * coach who authored it. Authorship alone does not open an athlete's program: a coach who removed the
   * athlete (or was removed) loses it with the athlete.
   */
  async canAccessProgram(program: ProgramOwnership): Promise<boolean> {
    const v = this.requireViewer();
    if (v.role === 'ADMIN') return true;
    const ownedByAuthor = program.status === 'template' || program.athleteId === null;
    if (ownedByAuthor && v.role === 'COACH' && program.coachId !== null && program.coachId === v.coachId) return true;
    return program.athleteId !== null && (await this.canAccessAthlete(program.athleteId));
  }

  /** Managing an athlete's account (invites, password resets, removal): a coach who coaches them, or an admin. */
  async assertCoachOf(athleteId: string): Promise<Viewer> {
    const v = this.requireViewer();
    if (v.role === 'ADMIN') return v;
    if (v.role === 'COACH' && (await this.canAccessAthlete(athleteId))) return v;
    throw new ApiError('FORBIDDEN', `only a coach of athlete "${athleteId}" (or an admin) may manage their account`);
  }

  /** An organisation's details: its members and admins. */
  canSeeOrganisation(organisationId: string): boolean {
    const v = this.requireViewer();
    return v.role === 'ADMIN' || (v.organisationId !== null && v.organisationId === organisationId);
  }

  async assertProgram(programId: string, program: ProgramOwnership | null): Promise<void> {
    if (program === null || !(await this.canAccessProgram(program)))
      throw new ApiError('FORBIDDEN', `you may not access program "${programId}"`);
  }
}
