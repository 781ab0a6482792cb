import type { AssistanceFile, TimelineEntry } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { residentSituation } from './resident-summary.ts';

const entry = (id: string, kind: string, at: string): TimelineEntry => ({
  id,
  kind,
  at,
  summary: `s-${id}`,
  actorName: null,
  source: null,
});

describe('residentSituation', () => {
  it('takes the newest service of the timeline and the follow-up of the assistance file', () => {
    const timeline = [
      entry('3', 'update', '2026-12-03T02:00:00Z'),
      entry('2', 'service', '2026-12-02T02:00:00Z'),
      entry('1', 'note', '2026-12-01T02:00:00Z'),
    ];
    const file = { nextFollowUpDate: '2026-12-10', responsibleStaffName: 'staff-a' } as AssistanceFile;
    expect(residentSituation(timeline, file)).toEqual({
      lastService: { at: '2026-12-02T02:00:00Z', summary: 's-2' },
      nextFollowUpDate: '2026-12-10',
      responsibleStaffName: 'staff-a',
    });
  });

  it('has nothing without a service or an assistance file', () => {
    expect(residentSituation([entry('1', 'register', '2026-12-01T02:00:00Z')], null)).toEqual({
      lastService: null,
      nextFollowUpDate: null,
      responsibleStaffName: null,
    });
    expect(residentSituation(undefined, undefined).lastService).toBeNull();
  });
});
