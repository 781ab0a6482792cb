import { Col, Form, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMe } from '../../lib/auth.ts';
import { useRegionTree } from '../../lib/queries/region-tree.ts';
import { townOptions, villageOptions } from '../../lib/regions.ts';

interface TownVillageFieldsProps {
  /** The town chosen now (the village list follows it; without one the village is disabled). */
  townCode: string | undefined;
  /** The record's own town: kept in the list even when it is a statistical one no longer offered. */
  recordTownCode?: string | undefined;
  townRules: Rule[];
  /** The village field, or null where the record has none (a station). */
  village: { label: string; rules: Rule[]; required?: boolean; dependencies?: string[] } | null;
}

/**
 * `townCode` and `villageCode` of a record's form, chosen from the region tree. A user below the
 * district keeps the own town. Clear the village when the town changes (in the form's onValuesChange).
 */
export function TownVillageFields({ townCode, recordTownCode, townRules, village }: TownVillageFieldsProps) {
  const me = useMe();
  const { data: tree } = useRegionTree();
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item name="townCode" label="所属乡镇" rules={townRules}>
          <Select
            disabled={me.regionLevel !== 'district'}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择乡镇"
            options={townOptions(tree, recordTownCode)}
          />
        </Form.Item>
      </Col>
      {village ? (
        <Col xs={24} md={12}>
          <Form.Item
            name="villageCode"
            label={village.label}
            rules={village.rules}
            dependencies={village.dependencies}
            required={village.required}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={townCode ? '请选择村居' : '请先选择乡镇'}
              disabled={!townCode}
              options={villageOptions(tree, townCode)}
            />
          </Form.Item>
        </Col>
      ) : null}
    </>
  );
}
