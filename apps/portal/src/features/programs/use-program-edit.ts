'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '~/graphql/client';
import type { ProgramEditInput } from '~/graphql/gql/graphql';
import { EditProgramDocument, programKeys } from './programs.queries';

/** One editProgram call (swap, add, remove, reorder, update, lock); the program refetches once it is stored. */
export function useProgramEdit(programId: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: ProgramEditInput) => gqlRequest(EditProgramDocument, { programId, edit }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: programKeys.detail(programId) });
      onDone?.();
    },
  });
}
