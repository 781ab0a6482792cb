import type { RegionLevel, RegionNode } from '@jobcircle/domain';
import { REGION_LEVEL_LABELS } from '@jobcircle/domain';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useRegionTree } from '../lib/queries/region-tree.ts';

interface TreeOption {
  value: string;
  title: string;
  selectable: boolean;
  children: TreeOption[];
}

function toOptions(node: RegionNode, levels: readonly RegionLevel[], depth: RegionLevel): TreeOption | null {
  const order: RegionLevel[] = ['district', 'town', 'village', 'grid'];
  if (order.indexOf(node.level) > order.indexOf(depth)) return null;
  const children = node.children.map((child) => toOptions(child, levels, depth)).filter((c): c is TreeOption => c !== null);
  return {
    value: node.code,
    title: `${node.name}（${REGION_LEVEL_LABELS[node.level]}）`,
    selectable: levels.includes(node.level),
    children,
  };
}

interface RegionPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** The levels that may be chosen; deeper levels are not shown. */
  levels: readonly RegionLevel[];
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
}

/**
 * Choose a district, town, village or grid from the user's own branch of the region tree. By
 * keyboard (antd's TreeSelect): Enter or ArrowDown opens it, the arrows move (ArrowRight opens a
 * town, ArrowLeft closes it or goes to its parent), typing filters, Enter chooses, Escape closes; the
 * node reached is outlined (global.css) and announced (rc-tree-select's live region).
 */
export function RegionPicker({ id, value, onChange, levels, placeholder = '请选择区域', disabled, allowClear }: RegionPickerProps) {
  const { data: tree, isLoading } = useRegionTree();
  const treeData = useMemo(() => {
    if (!tree) return [];
    const order: RegionLevel[] = ['district', 'town', 'village', 'grid'];
    const deepest = levels.reduce<RegionLevel>((acc, level) => (order.indexOf(level) > order.indexOf(acc) ? level : acc), 'district');
    const root = toOptions(tree, levels, deepest);
    return root ? [root] : [];
  }, [tree, levels]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      loading={isLoading}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={tree ? [tree.code] : []}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
