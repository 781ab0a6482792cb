import { describe, expect, it } from 'vitest';
import { diffChanges, isEmptyChange } from './diff-changes.ts';

describe('diffChanges', () => {
  const before = {
    name: '城桥镇服务点',
    lng: 121.39,
    lat: null as number | null,
    zones: ['reception', 'self_service'],
    openingHours: { periods: [{ day: 1, open: '09:00', close: '17:00' }] },
  };

  it('sends nothing when nothing changed, even for fresh copies of arrays and objects', () => {
    const changes = diffChanges(before, structuredClone(before));
    expect(changes).toEqual({});
    expect(isEmptyChange(changes)).toBe(true);
  });

  it('sends exactly the changed fields, with their new values', () => {
    const after = { ...before, name: '新名', lat: 31.6 };
    expect(diffChanges(before, after)).toEqual({ name: '新名', lat: 31.6 });
  });

  it('compares arrays and nested objects by content and order', () => {
    expect(diffChanges(before, { ...before, zones: ['self_service', 'reception'] })).toEqual({ zones: ['self_service', 'reception'] });
    const later = { periods: [{ day: 1, open: '09:00', close: '18:00' }] };
    expect(diffChanges(before, { ...before, openingHours: later })).toEqual({ openingHours: later });
  });

  it('sends a field cleared to null', () => {
    expect(diffChanges(before, { ...before, lng: null as unknown as number })).toEqual({ lng: null });
  });

  it('treats null and undefined as the same "nothing"', () => {
    expect(diffChanges({ phone: null as string | null | undefined }, { phone: undefined })).toEqual({});
  });

  it('never sends an ignored field', () => {
    expect(diffChanges({ kind: 'point', name: 'a' }, { kind: 'station', name: 'b' }, ['kind'])).toEqual({ name: 'b' });
  });
});
