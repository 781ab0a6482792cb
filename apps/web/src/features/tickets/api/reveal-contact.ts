import type { RevealTicketContactBody, TicketContact } from '@jobcircle/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function revealTicketContact(id: string, body: RevealTicketContactBody): Promise<TicketContact> {
  return api.post<TicketContact>(`/tickets/${encodeURIComponent(id)}/contact`, body);
}

/** The public sender's full mobile, to call back; never cached (shown on the page only). */
export function useRevealTicketContact(id: string) {
  return useMutation({ mutationFn: (body: RevealTicketContactBody) => revealTicketContact(id, body) });
}
