import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useCreateSite } from '../api/create-site.ts';
import { SiteForm } from '../components/SiteForm.tsx';
import { newSiteValues, SITE_FIELD_LABELS, type SiteFormValues, siteFormToBody } from '../components/site-form-values.ts';

export default function SiteCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<SiteFormValues>();
  const create = useCreateSite();
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onSubmit = (values: SiteFormValues) => {
    setLeftovers([]);
    create.mutate(siteFormToBody(values), {
      onSuccess: (site) => {
        void message.success(`已创建站点：${site.name}`);
        void navigate(`/sites/${site.id}`, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED')) setLeftovers(applyFieldErrors(form, error, SITE_FIELD_LABELS));
      },
    });
  };

  return (
    <PageContainer title="新建站点">
      <SiteForm
        form={form}
        mode="create"
        initialValues={newSiteValues(me.regionLevel === 'town' ? me.regionCode : undefined)}
        onSubmit={onSubmit}
        submitting={create.isPending}
        banner={<FormBanner error={create.error} leftovers={leftovers} />}
        actions={<Button onClick={() => void navigate('/sites')}>取消</Button>}
      />
    </PageContainer>
  );
}
