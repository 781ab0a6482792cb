import type { AssistanceFile, TimelineEntry } from '@jobcircle/domain';

/** The timeline's kinds that are a service given to the person: the ledger's records and the notes staff add. */
const SERVICE_KINDS = new Set(['service', 'note']);

export interface ResidentSituation {
  lastService: { at: string; summary: string } | null;
  nextFollowUpDate: string | null;
  responsibleStaffName: string | null;
}

/**
 * The file's one-line situation, from what the API already answers: the newest service of the
 * timeline (newest first) and the assistance file's follow-up date and responsible worker.
 */
export function residentSituation(
  timeline: readonly TimelineEntry[] | undefined,
  file: AssistanceFile | null | undefined,
): ResidentSituation {
  const last = (timeline ?? []).find((entry) => SERVICE_KINDS.has(entry.kind));
  return {
    lastService: last ? { at: last.at, summary: last.summary } : null,
    nextFollowUpDate: file?.nextFollowUpDate ?? null,
    responsibleStaffName: file?.responsibleStaffName ?? null,
  };
}
