import type { CreateStaffBody, StaffWithPassword } from '@jobcircle/domain';
import { Button, Form } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useSite } from '../../../lib/queries/get-site.ts';
import { useCreateStaff } from '../api/create-staff.ts';
import { OneTimePasswordModal } from '../components/OneTimePasswordModal.tsx';
import { StaffForm } from '../components/StaffForm.tsx';
import { STAFF_FIELD_LABELS, type StaffFormValues, staffFormToBody } from '../components/staff-form-values.ts';

export default function StaffCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const siteId = params.get('siteId');
  const site = useSite(siteId ?? '', siteId !== null);
  const [form] = Form.useForm<StaffFormValues>();
  const create = useCreateStaff();
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const [created, setCreated] = useState<StaffWithPassword | null>(null);

  const onSubmit = (values: StaffFormValues) => {
    setLeftovers([]);
    const body: CreateStaffBody = { username: values.username ?? '', ...staffFormToBody(values) };
    create.mutate(body, {
      onSuccess: setCreated,
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED')) setLeftovers(applyFieldErrors(form, error, STAFF_FIELD_LABELS));
        if (isApiError(error, 'USERNAME_TAKEN')) form.setFields([{ name: 'username', errors: [error.message] }]);
      },
    });
  };

  // Coming from a site's page: the site and its region are filled in (once the site is loaded).
  const fromSite = siteId && site.data ? site.data : null;
  const initialValues: Partial<StaffFormValues> = {
    isFullTime: true,
    ...(fromSite ? { siteId: fromSite.id, regionCode: fromSite.villageCode ?? fromSite.townCode } : {}),
  };

  return (
    <PageContainer title="新建人员账号" breadcrumb={[listCrumb('人员账号', '/staff')]}>
      {siteId && site.isPending ? null : (
        <StaffForm
          form={form}
          mode="create"
          initialValues={initialValues}
          onSubmit={onSubmit}
          banner={<FormBanner error={isApiError(create.error, 'USERNAME_TAKEN') ? null : create.error} leftovers={leftovers} />}
          actions={
            <>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                创建账号
              </Button>
              <Button onClick={() => void navigate(-1)}>取消</Button>
            </>
          }
        />
      )}
      <OneTimePasswordModal
        result={created}
        title="账号已创建"
        onClose={() => {
          const id = created?.staff.id;
          setCreated(null);
          if (id) void navigate(`/staff/${id}`, { replace: true });
        }}
      />
    </PageContainer>
  );
}
