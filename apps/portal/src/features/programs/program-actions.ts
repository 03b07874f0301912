/** Program statuses as the API names them. */
export type ProgramStatus = 'draft' | 'active' | 'archived' | 'template';

/** What a coach can do with a program in a given status (the API refuses the rest with its own message). */
export interface ProgramActions {
  assign: boolean;
  archive: boolean;
  delete: boolean;
  edit: boolean;
}

/**
 * Drafts and archived (past) programs can be assigned (again), the active one archived; a program is
 * deleted once it is not active (the API refuses deleting an active one: archive it first). Anything
 * not archived can be edited, so the active program stays adjustable.
 */
export function programActions(status: string): ProgramActions {
  return {
    assign: status === 'draft' || status === 'archived',
    archive: status === 'active',
    delete: status !== 'active',
    edit: status !== 'archived',
  };
}

export const STATUS_TONE: Record<string, 'ok' | 'info' | 'warn'> = { active: 'ok', draft: 'info', archived: 'warn', template: 'info' };
