import type { ColProps } from 'antd';
import { useMe } from '../lib/auth.ts';
import { useRegionTree } from '../lib/queries/region-tree.ts';
import { findRegion, regionsAt } from '../lib/regions.ts';
import { type FilterTarget, SelectFilter } from './FilterFields.tsx';

/**
 * The town and village filters of a list, shown only where the user's region has more than one
 * of them (a district user picks a town, a town user a village). Picking a town clears the village.
 * Without `villages`, only the town (for lists that filter by town alone).
 */
export function RegionFilterFields({
  idPrefix,
  list,
  villages: withVillages = true,
  col,
}: {
  idPrefix: string;
  list: FilterTarget;
  villages?: boolean;
  col?: ColProps;
}) {
  const me = useMe();
  const { data: tree } = useRegionTree();
  const towns = regionsAt(tree, 'town');
  const villages = list.params.townCode ? (findRegion(tree, list.params.townCode)?.children ?? []) : regionsAt(tree, 'village');
  return (
    <>
      {me.regionLevel === 'district' ? (
        <SelectFilter
          list={list}
          id={`${idPrefix}-town`}
          label="乡镇"
          name="townCode"
          searchable
          col={col}
          placeholder="全部乡镇"
          options={towns.map((town) => ({ value: town.code, label: town.name }))}
          changes={(townCode) => (withVillages ? { townCode, villageCode: undefined } : { townCode })}
        />
      ) : null}
      {withVillages && (me.regionLevel === 'district' || me.regionLevel === 'town') ? (
        <SelectFilter
          list={list}
          id={`${idPrefix}-village`}
          label="村居"
          name="villageCode"
          searchable
          col={col}
          placeholder="全部村居"
          options={villages.map((village) => ({ value: village.code, label: village.name }))}
        />
      ) : null}
    </>
  );
}
