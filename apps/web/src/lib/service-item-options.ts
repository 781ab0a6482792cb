import { SERVICE_ITEM_SHORT_LABELS, SERVICE_ITEMS_BY_MODULE, SERVICE_MODULE_LABELS, SERVICE_MODULES } from '@jobcircle/domain';

/** "3 政策咨询": the item's number and short name, as pickers and tables show it. */
export function serviceItemLabel(itemNo: number | null | undefined): string {
  if (itemNo == null) return '—';
  return `${itemNo} ${SERVICE_ITEM_SHORT_LABELS[itemNo] ?? ''}`.trim();
}

/** The 25 items grouped under their six modules, for a Select (value = item number). */
export const SERVICE_ITEM_GROUP_OPTIONS = SERVICE_MODULES.map((module) => ({
  label: SERVICE_MODULE_LABELS[module],
  title: SERVICE_MODULE_LABELS[module],
  options: SERVICE_ITEMS_BY_MODULE[module].map((no) => ({ value: no, label: serviceItemLabel(no) })),
}));

/** Options of a closed set from its labels: `[{ value, label }]` in the order of `values`. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
