import type { UnmaskBody, UnmaskedSchema } from '@jobcircle/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The contract exports the schema only: its parsed type. */
export type Unmasked = ReturnType<typeof UnmaskedSchema.parse>;

/** The full numbers, for a stated reason (audited). Never cached: they live in the page's state only. */
export function unmaskResident(id: string, body: UnmaskBody): Promise<Unmasked> {
  return api.post<Unmasked>(`/residents/${encodeURIComponent(id)}/unmask`, body);
}

export function useUnmaskResident(id: string) {
  return useMutation({ mutationFn: (body: UnmaskBody) => unmaskResident(id, body) });
}
