/** Chinese names for the audit log's entity types and action verbs; unknown codes show as they are. */
const ENTITY_LABELS: Record<string, string> = {
  site: '站点',
  staff: '人员账号',
  grid: '网格',
  service_item: '服务事项',
  resident: '居民档案',
  employer: '用人单位',
  assistance_file: '援助档案',
  resident_import: '人员导入',
  system: '系统',
  auth: '登录',
};

const VERB_LABELS: Record<string, string> = {
  create: '新建',
  update: '修改',
  deactivate: '停用',
  reactivate: '启用',
  delete: '删除',
  read: '查看',
  unmask: '查看完整信息',
  export: '导出',
  merge: '合并',
  note: '备注',
  status_change: '变更状态',
  reset_password: '重置密码',
  unlock: '解锁',
  sign_in: '登录',
  sign_out: '退出登录',
  change_password: '修改密码',
  add_contact: '添加联系人',
  add_contact_log: '记录联系',
  import: '导入',
  seed_demo: '创建演示数据',
};

export function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}

/** "site.create" → "新建站点"; "auth.sign_in" → "登录". */
export function actionLabel(action: string): string {
  const [entity = '', verb = ''] = action.split('.');
  const verbLabel = VERB_LABELS[verb];
  if (!verbLabel) return action;
  return entity === 'auth' ? verbLabel : `${verbLabel}${ENTITY_LABELS[entity] ?? entity}`;
}
