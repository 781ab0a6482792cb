import type { SiteKind } from '@jobcircle/domain';

/** One colour per site kind, for map markers and tags (white text on each passes 4.5:1). */
export const SITE_KIND_COLORS: Record<SiteKind, string> = {
  station: '#00695c',
  substation: '#0958d9',
  point: '#b7410e',
  outpost: '#531dab',
};

/** The marker colour of an employer on the map. */
export const EMPLOYER_COLOR = '#6a1b9a';
