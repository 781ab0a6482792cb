import type { FeedbackLink } from '@jobcircle/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** A rating link for one service (a new one replaces the last); the QR code carries its address. */
export function issueFeedbackLink(serviceRecordId: string): Promise<FeedbackLink> {
  return api.post<FeedbackLink>(`/ledger/records/${encodeURIComponent(serviceRecordId)}/feedback-link`);
}

export function useIssueFeedbackLink() {
  return useMutation({ mutationFn: issueFeedbackLink });
}
