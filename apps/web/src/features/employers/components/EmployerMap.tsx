import type { TileSource } from '@jobcircle/domain';
import { Flex, Typography } from 'antd';
import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { CircleMarker, MapContainer, ScaleControl, TileLayer, Tooltip, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import { fromDisplay, tiandituLayers, toDisplay } from '../../../components/map/projection.ts';
import { TOWN_SEATS } from '../../../components/map/town-seats.ts';

/** Chongming, Changxing and Hengsha islands with a margin (as on the site map). */
const CHONGMING_BOUNDS: [[number, number], [number, number]] = [
  [31.2, 121.1],
  [31.95, 122.0],
];
const EMPLOYER_COLOR = '#6a1b9a';

function CenterOn({ at }: { at: [lng: number, lat: number] | null }) {
  const map = useMap();
  const lng = at?.[0];
  const lat = at?.[1];
  useEffect(() => {
    if (lng === undefined || lat === undefined) return;
    map.setView([lat, lng], Math.max(map.getZoom(), 13));
  }, [lng, lat, map]);
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

interface EmployerMapProps {
  name: string;
  lng: number | null | undefined;
  lat: number | null | undefined;
  tileSource: TileSource | null;
  height: number;
  /** A label for assistive technology describing what the map shows. */
  label: string;
  /** Coordinate picking: a click on the map sets the point (WGS-84). */
  onPick?: (lng: number, lat: number) => void;
}

/**
 * An employer's location on the offline map of the site network: the town seats from the project's
 * own data, the employer as one marker, tiles only when a tile source is configured.
 */
export function EmployerMap({ name, lng, lat, tileSource, height, label, onPick }: EmployerMapProps) {
  const at = lng != null && lat != null ? toDisplay(tileSource, [lng, lat]) : null;
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
          const [townLng, townLat] = toDisplay(tileSource, [town.lng, town.lat]);
          return (
            <CircleMarker
              key={town.code}
              center={[townLat, townLng]}
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
        {at ? (
          <CircleMarker
            center={[at[1], at[0]]}
            radius={9}
            pathOptions={{ color: '#ffffff', weight: 2, fillColor: EMPLOYER_COLOR, fillOpacity: 0.95 }}
          >
            <Tooltip>{name}</Tooltip>
          </CircleMarker>
        ) : null}
        {onPick ? <PickHandler onPick={onPick} source={tileSource} /> : null}
        <CenterOn at={at} />
      </MapContainer>
      <figcaption>
        <Flex wrap gap="middle" align="center" className="map-legend">
          <span className="legend-item">
            <span className="legend-dot legend-town" aria-hidden="true" />
            乡镇驻地
          </span>
          <span className="legend-item">
            <span className="legend-dot" style={{ background: EMPLOYER_COLOR }} aria-hidden="true" />
            用人单位
          </span>
          {tileSource ? null : <Typography.Text type="secondary">未配置在线底图，地图仅显示乡镇驻地和单位位置，无需联网。</Typography.Text>}
        </Flex>
      </figcaption>
    </figure>
  );
}
