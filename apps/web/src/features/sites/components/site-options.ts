import {
  SERVICE_ITEM_KIND_LABELS,
  SERVICE_ITEMS,
  SERVICE_MODULE_LABELS,
  SITE_KIND_LABELS,
  SITE_KINDS,
  STAFFING_STATUS_LABELS,
  STAFFING_STATUSES,
} from '@jobcircle/domain';

export const SITE_KIND_OPTIONS = SITE_KINDS.map((kind) => ({ value: kind, label: SITE_KIND_LABELS[kind] }));
export const STAFFING_OPTIONS = STAFFING_STATUSES.map((status) => ({ value: status, label: STAFFING_STATUS_LABELS[status] }));

/** "7. 提供岗位信息查询和推荐服务（基础）", grouped by module. */
export const SERVICE_ITEM_OPTIONS = Object.entries(SERVICE_MODULE_LABELS).map(([module, label]) => ({
  label,
  title: label,
  options: SERVICE_ITEMS.filter((item) => item.module === module).map((item) => ({
    value: item.no,
    label: `${item.no}. ${item.text.replace(/。$/, '')}（${SERVICE_ITEM_KIND_LABELS[item.kind].slice(0, 2)}）`,
  })),
}));
