import { Col, Form, Select } from 'antd';
import { useMe } from '../lib/auth.ts';
import type { ListParams } from '../lib/list-params.ts';
import { useRegionTree } from '../lib/queries/region-tree.ts';
import { findRegion, regionsAt } from '../lib/regions.ts';

/**
 * The town and village filters of a list, shown only where the user's region has more than one
 * of them (a district user picks a town, a town user a village). Picking a town clears the village.
 */
export function RegionFilterFields({
  idPrefix,
  params,
  update,
}: {
  idPrefix: string;
  params: ListParams;
  update: (changes: ListParams) => void;
}) {
  const me = useMe();
  const { data: tree } = useRegionTree();
  const towns = regionsAt(tree, 'town');
  const villages = params.townCode ? (findRegion(tree, params.townCode)?.children ?? []) : regionsAt(tree, 'village');
  return (
    <>
      {me.regionLevel === 'district' ? (
        <Col xs={12} sm={12} lg={6}>
          <Form.Item label="乡镇" htmlFor={`${idPrefix}-town`}>
            <Select
              id={`${idPrefix}-town`}
              value={params.townCode}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部乡镇"
              options={towns.map((town) => ({ value: town.code, label: town.name }))}
              onChange={(townCode) => update({ townCode, villageCode: undefined })}
            />
          </Form.Item>
        </Col>
      ) : null}
      {me.regionLevel === 'district' || me.regionLevel === 'town' ? (
        <Col xs={12} sm={12} lg={6}>
          <Form.Item label="村居" htmlFor={`${idPrefix}-village`}>
            <Select
              id={`${idPrefix}-village`}
              value={params.villageCode}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部村居"
              options={villages.map((village) => ({ value: village.code, label: village.name }))}
              onChange={(villageCode) => update({ villageCode })}
            />
          </Form.Item>
        </Col>
      ) : null}
    </>
  );
}
