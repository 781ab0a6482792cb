import type { TileSource } from '@jobcircle/domain';
import { Flex, Typography } from 'antd';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { type ReactNode, useEffect, useMemo } from 'react';
import { CircleMarker, MapContainer, Popup, ScaleControl, TileLayer, Tooltip, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import { fromDisplay, type LngLat, tiandituLayers, toDisplay } from './projection.ts';
import { TOWN_SEATS } from './town-seats.ts';

/** A point on the map: a site, an employer, a point being picked. */
export interface MapPlace {
  id: string;
  name: string;
  lng: number | null;
  lat: number | null;
  color: string;
  radius: number;
}

/** A line of the legend under the map (the town seats always come first). */
export interface LegendEntry {
  color: string;
  label: string;
}
/** Chongming, Changxing and Hengsha islands with a margin. */
const CHONGMING_BOUNDS = L.latLngBounds([31.2, 121.1], [31.95, 122.0]);

function FitTo({ points }: { points: LngLat[] }) {
  const map = useMap();
  const key = points.map((p) => p.join(',')).join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when the set of points changes
  useEffect(() => {
    if (points.length === 0) return;
    if (points.length === 1 && points[0]) {
      map.setView([points[0][1], points[0][0]], Math.max(map.getZoom(), 13));
      return;
    }
    map.fitBounds(L.latLngBounds(points.map(([lng, lat]) => [lat, lng])), { padding: [24, 24], maxZoom: 14 });
  }, [key, map]);
  return null;
}

function PickHandler({ onPick, source }: { onPick: (lng: number, lat: number) => void; source: TileSource | null }) {
  useMapEvents({
    click(event) {
      const [lng, lat] = fromDisplay(source, [event.latlng.lng, event.latlng.lat]);
      onPick(Number(lng.toFixed(6)), Number(lat.toFixed(6)));
    },
  });
  return null;
}

interface PlaceMapProps<P extends MapPlace> {
  places: P[];
  tileSource: TileSource | null;
  height?: number | string;
  /** What the places are, for the offline note: 站点, 单位. */
  noun: string;
  legend: LegendEntry[];
  /** Renders the popup of a marker. */
  renderPopup?: (place: P) => ReactNode;
  /** Coordinate picking: a click on the map sets the point (WGS-84). */
  onPick?: (lng: number, lat: number) => void;
  /** A label for assistive technology describing what the map shows. */
  label: string;
  /** Fit the view to the places (otherwise the whole district). */
  fit?: boolean;
}

/**
 * The one map of the console (sites, employers, picking a point) that needs no internet: the town
 * seats and the places from the project's own data; tiles only when a tile source is configured.
 */
export function PlaceMap<P extends MapPlace>({
  places,
  tileSource,
  height = 480,
  noun,
  legend,
  renderPopup,
  onPick,
  label,
  fit = true,
}: PlaceMapProps<P>) {
  const placed = useMemo(
    () =>
      places
        .filter((place): place is P & { lng: number; lat: number } => place.lng != null && place.lat != null)
        .map((place) => ({ place, at: toDisplay(tileSource, [place.lng, place.lat]) })),
    [places, tileSource],
  );
  return (
    <figure className="site-map" aria-label={label}>
      <MapContainer
        bounds={CHONGMING_BOUNDS}
        style={{ height, width: '100%' }}
        zoomControl={false}
        minZoom={8}
        maxZoom={18}
        className={tileSource ? 'site-map-canvas' : 'site-map-canvas site-map-offline'}
        attributionControl
      >
        <ZoomControl position="topright" zoomInTitle="放大" zoomOutTitle="缩小" />
        <ScaleControl position="bottomleft" imperial={false} />
        {tileSource?.kind === 'tianditu'
          ? tiandituLayers(tileSource.key).map((layer) => (
              <TileLayer key={layer.url} url={layer.url} subdomains={layer.subdomains} attribution="天地图" />
            ))
          : null}
        {tileSource?.kind === 'xyz' ? <TileLayer url={tileSource.url} attribution={tileSource.attribution} /> : null}
        {TOWN_SEATS.map((town) => {
          const [lng, lat] = toDisplay(tileSource, [town.lng, town.lat]);
          return (
            <CircleMarker
              key={town.code}
              center={[lat, lng]}
              radius={3}
              pathOptions={{ color: '#4a4a4a', fillColor: '#ffffff', fillOpacity: 1, weight: 2 }}
              interactive={false}
            >
              <Tooltip permanent direction="right" offset={[4, 0]} className="town-label">
                {town.name}
              </Tooltip>
            </CircleMarker>
          );
        })}
        {placed.map(({ place, at: [lng, lat] }) => (
          <CircleMarker
            key={place.id}
            center={[lat, lng]}
            radius={place.radius}
            pathOptions={{ color: '#ffffff', weight: 2, fillColor: place.color, fillOpacity: 0.95 }}
          >
            <Tooltip>{place.name}</Tooltip>
            {renderPopup ? <Popup>{renderPopup(place)}</Popup> : null}
          </CircleMarker>
        ))}
        {onPick ? <PickHandler onPick={onPick} source={tileSource} /> : null}
        {fit ? <FitTo points={placed.map((p) => p.at)} /> : null}
      </MapContainer>
      <figcaption>
        <Flex wrap gap="middle" align="center" className="map-legend">
          <span className="legend-item">
            <span className="legend-dot legend-town" aria-hidden="true" />
            乡镇驻地
          </span>
          {legend.map((entry) => (
            <span key={entry.label} className="legend-item">
              <span className="legend-dot" style={{ background: entry.color }} aria-hidden="true" />
              {entry.label}
            </span>
          ))}
          {tileSource ? null : (
            <Typography.Text type="secondary">未配置在线底图，地图仅显示乡镇驻地和{noun}位置，无需联网。</Typography.Text>
          )}
        </Flex>
      </figcaption>
    </figure>
  );
}
