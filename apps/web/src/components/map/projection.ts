import type { TileSource } from '@jobcircle/domain';
import gcoord from 'gcoord';

export type LngLat = [lng: number, lat: number];

/** Site coordinates are WGS-84; a GCJ-02 tile source needs them shifted for display (and back when picked). */
export function toDisplay(source: TileSource | null | undefined, point: LngLat): LngLat {
  if (source?.kind === 'xyz' && source.crs === 'gcj02') return gcoord.transform(point, gcoord.WGS84, gcoord.GCJ02) as LngLat;
  return point;
}

export function fromDisplay(source: TileSource | null | undefined, point: LngLat): LngLat {
  if (source?.kind === 'xyz' && source.crs === 'gcj02') return gcoord.transform(point, gcoord.GCJ02, gcoord.WGS84) as LngLat;
  return point;
}

/** 天地图 (CGCS2000 ≈ WGS-84) vector map and its labels, Web Mercator tiles from t0–t7. */
export function tiandituLayers(key: string): { url: string; subdomains: string[] }[] {
  const subdomains = ['0', '1', '2', '3', '4', '5', '6', '7'];
  return ['vec', 'cva'].map((layer) => ({
    url: `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    subdomains,
  }));
}
