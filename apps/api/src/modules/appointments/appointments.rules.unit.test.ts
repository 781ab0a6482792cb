import { nextAppointmentState, nextComplaintState, slotStartTimes } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { isoWeekday, isSlotStart, opensOn, reminderTime, slotsOf } from './appointments.rules.ts';

const weekdays = {
  weekdays: [1, 2, 3, 4, 5],
  startTime: '09:00',
  endTime: '11:00',
  slotMinutes: 30,
  validFrom: '2026-01-01',
  validTo: null,
};

describe('slot rules', () => {
  it('cut the opening hours into whole slots', () => {
    expect(slotStartTimes(weekdays)).toEqual(['09:00', '09:30', '10:00', '10:30']);
    expect(slotStartTimes({ startTime: '09:00', endTime: '10:10', slotMinutes: 30 })).toEqual(['09:00', '09:30']);
  });

  it('open on working days only: closed on holidays, open on a 调休 Saturday, closed on an ordinary weekend', () => {
    expect(isoWeekday('2026-10-10')).toBe(6);
    expect(opensOn(weekdays, '2026-10-01')).toBe(false); // National Day
    expect(opensOn(weekdays, '2026-10-10')).toBe(true); // 调休 Saturday
    expect(opensOn(weekdays, '2026-10-11')).toBe(false); // Sunday
    expect(opensOn(weekdays, '2026-11-28')).toBe(false); // an ordinary Saturday
    expect(opensOn({ ...weekdays, weekdays: [6] }, '2026-11-28')).toBe(false); // not a working day
    expect(opensOn({ ...weekdays, weekdays: [2] }, '2026-11-26')).toBe(false); // Thursday, rule on Tuesdays
    expect(opensOn({ ...weekdays, validTo: '2026-09-30' }, '2026-10-08')).toBe(false);
    expect(opensOn({ ...weekdays, validFrom: '2026-10-09' }, '2026-10-08')).toBe(false);
  });

  it('place slots at Shanghai wall-clock times', () => {
    const slots = slotsOf(weekdays, '2026-11-27', '2026-11-30');
    expect(slots).toHaveLength(8);
    expect(slots[0]?.startsAt.toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(slots[4]?.startsAt.toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(isSlotStart(weekdays, new Date('2026-11-27T01:30:00.000Z'))).toBe(true);
    expect(isSlotStart(weekdays, new Date('2026-11-27T01:15:00.000Z'))).toBe(false);
    expect(isSlotStart(weekdays, new Date('2026-11-27T03:00:00.000Z'))).toBe(false);
    expect(isSlotStart(weekdays, new Date('2026-11-28T01:00:00.000Z'))).toBe(false);
  });

  it('remind at 09:00 the day before, or at once when that has passed', () => {
    const now = new Date('2026-11-26T02:00:00.000Z');
    expect(reminderTime(new Date('2026-11-30T01:00:00.000Z'), now).toISOString()).toBe('2026-11-29T01:00:00.000Z');
    expect(reminderTime(new Date('2026-11-27T01:00:00.000Z'), now)).toEqual(now);
  });
});

describe('state machines', () => {
  const startsAt = '2026-11-27T01:00:00.000Z';
  const at = (iso: string) => new Date(iso);

  it('allow cancel before the start, check-in from an hour before, no-show after the start, nothing after an end state', () => {
    const booked = { state: 'booked' as const, startsAt };
    expect(nextAppointmentState(booked, 'cancel', at('2026-11-27T00:59:00.000Z'))).toBe('cancelled');
    expect(nextAppointmentState(booked, 'cancel', at(startsAt))).toBeNull();
    expect(nextAppointmentState(booked, 'check_in', at('2026-11-26T23:59:00.000Z'))).toBeNull();
    expect(nextAppointmentState(booked, 'check_in', at('2026-11-27T00:00:00.000Z'))).toBe('checked_in');
    expect(nextAppointmentState(booked, 'no_show', at('2026-11-27T00:59:00.000Z'))).toBeNull();
    expect(nextAppointmentState(booked, 'no_show', at(startsAt))).toBe('no_show');
    for (const state of ['cancelled', 'checked_in', 'no_show'] as const) {
      for (const action of ['cancel', 'check_in', 'no_show'] as const) {
        expect(nextAppointmentState({ state, startsAt }, action, at(startsAt))).toBeNull();
      }
    }
  });

  it('take a complaint from reply to acceptance, or back to work when not accepted', () => {
    expect(nextComplaintState('open', 'reply')).toBe('replied');
    expect(nextComplaintState('open', 'accept')).toBeNull();
    expect(nextComplaintState('replied', 'accept')).toBe('closed');
    expect(nextComplaintState('replied', 'reopen')).toBe('reopened');
    expect(nextComplaintState('reopened', 'reply')).toBe('replied');
    expect(nextComplaintState('closed', 'reopen')).toBeNull();
    expect(nextComplaintState('closed', 'reply')).toBeNull();
  });
});
