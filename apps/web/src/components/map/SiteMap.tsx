import { SITE_KIND_LABELS, SITE_KINDS, type SiteKind, type TileSource } from '@jobcircle/domain';
import type { ReactNode } from 'react';
import { SITE_KIND_COLORS } from '../../lib/colors.ts';
import { PlaceMap } from './PlaceMap.tsx';

export interface MapSite {
  id: string;
  kind: SiteKind;
  name: string;
  lng: number | null;
  lat: number | null;
}

/** A station is drawn largest, a point smallest. */
export const SITE_MARKER_RADIUS: Record<SiteKind, number> = { station: 10, substation: 8, point: 6, outpost: 7 };

interface SiteMapProps {
  sites: MapSite[];
  tileSource: TileSource | null;
  height?: number | string;
  renderPopup?: (site: MapSite) => ReactNode;
  label: string;
}

/** The site network on the place map: markers coloured and sized by kind, a legend of the kinds shown. */
export function SiteMap({ sites, tileSource, height, renderPopup, label }: SiteMapProps) {
  const places = sites.map((site) => ({ ...site, color: SITE_KIND_COLORS[site.kind], radius: SITE_MARKER_RADIUS[site.kind] }));
  const legend = SITE_KINDS.filter((kind) => sites.some((site) => site.kind === kind)).map((kind) => ({
    color: SITE_KIND_COLORS[kind],
    label: SITE_KIND_LABELS[kind],
  }));
  return (
    <PlaceMap places={places} tileSource={tileSource} height={height} noun="站点" legend={legend} renderPopup={renderPopup} label={label} />
  );
}
