import type { PublicTicketReceipt, SubmitPublicTicketBody } from '@jobcircle/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function submitPublicTicket(body: SubmitPublicTicketBody): Promise<PublicTicketReceipt> {
  return api.post<PublicTicketReceipt>('/public/tickets', body, { quietAuth: true });
}

/** A resident's request from a site's public page: the answer is the receipt code and the due date only. */
export function useSubmitPublicTicket() {
  return useMutation({ mutationFn: submitPublicTicket });
}
