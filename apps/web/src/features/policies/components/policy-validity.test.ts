import { describe, expect, it } from 'vitest';
import { formatValidity, validityOn } from './policy-validity.ts';

describe('policy validity', () => {
  const eight = { effectiveFrom: '2022-01-01', effectiveTo: '2026-12-31' };
  it('is active on its first and last day, not the day before or after', () => {
    expect(validityOn(eight, '2021-12-31')).toBe('not_yet');
    expect(validityOn(eight, '2022-01-01')).toBe('active');
    expect(validityOn(eight, '2026-12-31')).toBe('active');
    expect(validityOn(eight, '2027-01-01')).toBe('expired');
  });

  it('treats an empty end as open and says so', () => {
    const open = { effectiveFrom: null, effectiveTo: null };
    expect(validityOn(open, '2099-01-01')).toBe('active');
    expect(formatValidity(open)).toContain('未载明');
  });
});
