import { ROLE_LABELS, STAFF_POSITION_LABELS, type Staff, type StaffWithPassword } from '@jobcircle/domain';
import { App, Button, Descriptions, Form, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { can, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useVersionedEdit } from '../../../lib/versioned-edit.ts';
import { useDeactivateStaff } from '../api/deactivate-staff.ts';
import { useStaff } from '../api/get-staff.ts';
import { useReactivateStaff } from '../api/reactivate-staff.ts';
import { useResetStaffPassword } from '../api/reset-password.ts';
import { useUnlockStaff } from '../api/unlock-staff.ts';
import { useUpdateStaff } from '../api/update-staff.ts';
import { AccountTags } from '../components/AccountTags.tsx';
import { OneTimePasswordModal } from '../components/OneTimePasswordModal.tsx';
import { StaffForm } from '../components/StaffForm.tsx';
import { STAFF_FIELD_LABELS, type StaffFormValues, staffFormToBody, staffToFormValues } from '../components/staff-form-values.ts';

/** Keyed by version: a save or a reload after a conflict starts the form afresh from the record. */
function EditStaff({ staff, onReload }: { staff: Staff; onReload: () => void }) {
  const [form] = Form.useForm<StaffFormValues>();
  const edit = useVersionedEdit({
    form,
    initialValues: staffToFormValues(staff),
    version: staff.version,
    toBody: staffFormToBody,
    mutation: useUpdateStaff(staff.id),
    labels: STAFF_FIELD_LABELS,
    onReload,
  });

  return (
    <StaffForm
      form={form}
      mode="edit"
      initialValues={staffToFormValues(staff)}
      onSubmit={edit.onSubmit}
      banner={<FormBanner {...edit.banner} />}
      actions={
        <Button type="primary" htmlType="submit" loading={edit.submitting}>
          保存修改
        </Button>
      }
    />
  );
}

export default function StaffDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const staff = useStaff(id);
  const deactivate = useDeactivateStaff();
  const reactivate = useReactivateStaff();
  const unlock = useUnlockStaff();
  const reset = useResetStaffPassword();
  const [oneTime, setOneTime] = useState<StaffWithPassword | null>(null);

  if (staff.isPending) return <PageLoading />;
  if (staff.isError) {
    if (isApiError(staff.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={staff.error} onRetry={() => void staff.refetch()} />;
  }
  const data = staff.data;
  const self = data.id === me.id;
  const toggle = data.isActive ? deactivate : reactivate;
  const onError = (error: unknown) => void message.error(errorMessage(error));

  return (
    <PageContainer
      title={`${data.displayName}（${data.username}）`}
      breadcrumb={[listCrumb('人员账号', '/staff')]}
      extra={
        self ? null : (
          <PermissionGate permission="staff:write">
            {data.isLocked ? (
              <Button
                onClick={() => unlock.mutate(data.id, { onSuccess: () => void message.success('已解锁'), onError })}
                loading={unlock.isPending}
              >
                解锁账号
              </Button>
            ) : null}
            <Popconfirm
              title="重置后旧密码立即失效，将生成一个临时密码，对方登录后须修改。确定重置？"
              okText="重置"
              cancelText="取消"
              onConfirm={() => reset.mutate(data.id, { onSuccess: setOneTime, onError })}
            >
              <Button loading={reset.isPending}>重置密码</Button>
            </Popconfirm>
            <Popconfirm
              title={data.isActive ? '停用后此账号不能再登录，确定停用？' : '确定重新启用此账号？'}
              okText={data.isActive ? '停用' : '启用'}
              cancelText="取消"
              onConfirm={() =>
                toggle.mutate(
                  { id: data.id, version: data.version },
                  { onSuccess: () => void message.success(data.isActive ? '已停用' : '已启用'), onError },
                )
              }
            >
              <Button danger={data.isActive} loading={toggle.isPending}>
                {data.isActive ? '停用账号' : '启用账号'}
              </Button>
            </Popconfirm>
          </PermissionGate>
        )
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="角色">{ROLE_LABELS[data.role]}</Descriptions.Item>
        <Descriptions.Item label="岗位">
          {STAFF_POSITION_LABELS[data.position]}（{data.isFullTime ? '全职' : '兼职'}）
        </Descriptions.Item>
        <Descriptions.Item label="负责区域">{data.regionName}</Descriptions.Item>
        <Descriptions.Item label="所在站点">
          {data.siteId ? <Link to={`/sites/${data.siteId}`}>{data.siteName}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="账号状态">
          <AccountTags staff={data} />
        </Descriptions.Item>
        <Descriptions.Item label="最近登录">{formatDateTime(data.lastSignInAt)}</Descriptions.Item>
        <Descriptions.Item label="创建时间">{formatDateTime(data.createdAt)}</Descriptions.Item>
      </Descriptions>
      {can(me, 'staff:write') && !self ? (
        <>
          <Typography.Title level={2} className="section-title">
            修改账号信息
          </Typography.Title>
          <EditStaff key={data.version} staff={data} onReload={() => void staff.refetch()} />
        </>
      ) : null}
      <OneTimePasswordModal result={oneTime} title="密码已重置" onClose={() => setOneTime(null)} />
    </PageContainer>
  );
}
