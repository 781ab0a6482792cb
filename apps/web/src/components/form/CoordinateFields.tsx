import { Button, Col, Form, type FormInstance, Input, InputNumber, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { usePublicConfig } from '../../lib/queries/public-config.ts';
import { type LegendEntry, PlaceMap } from '../map/PlaceMap.tsx';

/** The forms that hold an address and a WGS-84 point as `lng` and `lat` (both or neither). */
interface WithCoordinates {
  address?: string;
  lng?: number | null;
  lat?: number | null;
}

interface CoordinateFieldsProps<V extends WithCoordinates> {
  form: FormInstance<V>;
  /** The rules of each field: the contract's rule of the address; for the point, its range and the cross-field rule (both or neither). */
  rules: { address: Rule[]; lng: Rule[]; lat: Rule[] };
  /** The line under the fields: how to enter the point. */
  hint: string;
  /** What the map shows, for assistive technology. */
  mapLabel: string;
  /** How the point is drawn: its name, colour and size, and its line in the legend. */
  marker: { name: string; color: string; radius: number; legend: string };
  /** What the point is, for the offline note: 站点, 单位. */
  noun: string;
  /** Keep the marker's legend line when no point is set. */
  alwaysShowLegend?: boolean;
}

/**
 * Where a record is: its address, then longitude and latitude (WGS-84) typed in or picked on the map,
 * with a button that clears both; a pick sets both fields and validates them.
 */
export function CoordinateFields<V extends WithCoordinates>({
  form,
  rules,
  hint,
  mapLabel,
  marker,
  noun,
  alwaysShowLegend = false,
}: CoordinateFieldsProps<V>) {
  const { data: config } = usePublicConfig();
  // The fields are typed through the narrow interface: every form with these two fields shares them.
  const coordinates = form as unknown as FormInstance<WithCoordinates>;
  const lng = Form.useWatch('lng', coordinates);
  const lat = Form.useWatch('lat', coordinates);
  const placed = lng != null && lat != null;
  const legend: LegendEntry[] = placed || alwaysShowLegend ? [{ color: marker.color, label: marker.legend }] : [];
  return (
    <>
      <Form.Item name="address" label="地址" rules={rules.address}>
        <Input maxLength={200} placeholder="如：崇明区城桥镇八一路 100 号" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="lng" label="经度（WGS-84）" rules={rules.lng} dependencies={['lat']}>
            <InputNumber<number> style={{ width: '100%' }} step={0.0001} precision={6} placeholder="121.39335" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="lat" label="纬度（WGS-84）" rules={rules.lat} dependencies={['lng']}>
            <InputNumber<number> style={{ width: '100%' }} step={0.0001} precision={6} placeholder="31.62988" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="清除坐标">
            <Button onClick={() => coordinates.setFieldsValue({ lng: null, lat: null })} disabled={lng == null && lat == null}>
              清除
            </Button>
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph>{hint}</Typography.Paragraph>
      <PlaceMap
        label={mapLabel}
        height={320}
        tileSource={config?.tileSource ?? null}
        noun={noun}
        legend={legend}
        places={placed ? [{ id: 'picked', name: marker.name, lng, lat, color: marker.color, radius: marker.radius }] : []}
        onPick={(pickedLng, pickedLat) => {
          coordinates.setFieldsValue({ lng: pickedLng, lat: pickedLat });
          void coordinates.validateFields(['lng', 'lat']);
        }}
      />
    </>
  );
}
