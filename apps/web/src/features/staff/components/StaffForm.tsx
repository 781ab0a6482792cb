import {
  ASSIGNABLE_ROLES,
  CreateStaffBodySchema,
  REGION_LEVEL_LABELS,
  ROLE_LABELS,
  ROLE_REGION_LEVELS,
  type Role,
  regionLevelOf,
  STAFF_POSITION_LABELS,
  STAFF_POSITIONS,
  type StaffPosition,
} from '@jobcircle/domain';
import { Card, Col, Flex, Form, type FormInstance, Input, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { RecordForm } from '../../../components/form/RecordForm.tsx';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { useMe } from '../../../lib/auth.ts';
import { zodRule } from '../../../lib/form.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { type StaffFormValues, siteFilterOf } from './staff-form-values.ts';

/** The position that usually goes with a role, offered when the role is chosen. */
const DEFAULT_POSITION: Record<Role, StaffPosition> = {
  district_admin: 'administrator',
  town_admin: 'administrator',
  station_staff: 'full_time_community_worker',
  point_staff: 'service_worker',
  volunteer: 'volunteer',
  mentor: 'mentor',
};

const fields = CreateStaffBodySchema.shape;

interface StaffFormProps {
  form: FormInstance<StaffFormValues>;
  mode: 'create' | 'edit';
  initialValues: Partial<StaffFormValues>;
  onSubmit: (values: StaffFormValues) => void;
  banner?: ReactNode;
  actions: ReactNode;
}

export function StaffForm({ form, mode, initialValues, onSubmit, banner, actions }: StaffFormProps) {
  const me = useMe();
  const role = Form.useWatch('role', form) ?? initialValues.role;
  const regionCode = Form.useWatch('regionCode', form) ?? initialValues.regionCode;
  const siteFilter = siteFilterOf(regionCode);
  const sites = useAllSites({ ...siteFilter, isActive: true }, siteFilter !== null);
  const assignable = ASSIGNABLE_ROLES[me.role];
  const roleOptions = [...new Set([...assignable, ...(initialValues.role ? [initialValues.role] : [])])].map((value) => ({
    value,
    label: ROLE_LABELS[value],
    disabled: !assignable.includes(value),
  }));
  const levels = role ? ROLE_REGION_LEVELS[role] : [];

  return (
    <RecordForm<StaffFormValues>
      form={form}
      initialValues={initialValues}
      onSubmit={onSubmit}
      banner={banner}
      onValuesChange={(changed: Partial<StaffFormValues>) => {
        if (changed.role) {
          const level = regionLevelOf(form.getFieldValue('regionCode') ?? '');
          if (level && !ROLE_REGION_LEVELS[changed.role].includes(level)) form.setFieldsValue({ regionCode: undefined, siteId: undefined });
          if (mode === 'create') form.setFieldsValue({ position: DEFAULT_POSITION[changed.role] });
        }
        if ('regionCode' in changed) form.setFieldsValue({ siteId: undefined });
      }}
    >
      <Card>
        <Row gutter={16}>
          {mode === 'create' ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="username"
                label="用户名"
                rules={[zodRule(fields.username, '请填写用户名')]}
                extra="登录用，3–32 位小写字母、数字、点、下划线或连字符，以字母开头。"
              >
                <Input autoComplete="off" maxLength={32} placeholder="如：zhang.wei" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="displayName" label="姓名" rules={[zodRule(fields.displayName, '请填写姓名')]}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="role"
              label="角色"
              rules={[zodRule(fields.role, '请选择角色')]}
              extra="角色决定账号能做什么；只能分配低于自己的角色。"
            >
              <Select options={roleOptions} placeholder="请选择角色" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="position" label="岗位" rules={[zodRule(fields.position, '请选择岗位')]} extra="用于核算站点的人员配备。">
              <Select options={STAFF_POSITIONS.map((value) => ({ value, label: STAFF_POSITION_LABELS[value] }))} placeholder="请选择岗位" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="isFullTime" label="全职/兼职" rules={[{ required: true, message: '请选择全职或兼职' }]}>
              <Radio.Group
                options={[
                  { value: true, label: '全职' },
                  { value: false, label: '兼职' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label="负责区域"
              rules={[zodRule(fields.regionCode, '请选择负责区域')]}
              extra={role ? `此角色可选：${levels.map((level) => REGION_LEVEL_LABELS[level]).join('、')}` : '请先选择角色'}
            >
              <RegionPicker levels={levels} disabled={!role} placeholder="请选择区域" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="siteId" label="所在站点（可不填）" rules={[zodRule(fields.siteId)]}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!regionCode}
                loading={sites.isFetching}
                placeholder={regionCode ? '请选择站点' : '请先选择区域'}
                options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Flex gap="small" wrap className="form-actions">
        {actions}
      </Flex>
    </RecordForm>
  );
}
