import { describe, expect, it } from 'vitest';
import { colorOfMinutes, MINUTE_BANDS, parseCandidatesCsv, percent, UNREACHABLE_COLOR } from './coverage-view.ts';

describe('coverage view helpers', () => {
  it('colours by minute band, with 15.0 still in the 10–15 band and no site grey', () => {
    expect(colorOfMinutes(15)).toBe(MINUTE_BANDS[2].color);
    expect(colorOfMinutes(15.1)).toBe(MINUTE_BANDS[3].color);
    expect(colorOfMinutes(300)).toBe(MINUTE_BANDS[4].color);
    expect(colorOfMinutes(null)).toBe(UNREACHABLE_COLOR);
    expect(percent(0.8234)).toBe('82.3%');
    expect(percent(null)).toBe('—');
  });

  it('reads candidates from a CSV in Chinese or English headers and names the bad rows', () => {
    expect(parseCandidatesCsv('\ufeff名称,经度,纬度\n村委会,121.4,31.6\n,121.4,31.6\n公园,abc,31.6\n\n')).toEqual({
      candidates: [{ name: '村委会', lng: 121.4, lat: 31.6 }],
      badRows: [3, 4],
    });
    expect(parseCandidatesCsv('latitude,name,longitude\r\n31.6,Mall,121.5').candidates).toEqual([{ name: 'Mall', lng: 121.5, lat: 31.6 }]);
    expect(parseCandidatesCsv('x,y\n1,2')).toEqual({ candidates: [], badRows: [1] });
  });
});
