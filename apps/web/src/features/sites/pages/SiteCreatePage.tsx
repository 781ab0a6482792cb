import { App, Button, Form } from 'antd';
import { useNavigate } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useMe } from '../../../lib/auth.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCreateSite } from '../api/create-site.ts';
import { SiteForm } from '../components/SiteForm.tsx';
import { newSiteValues, SITE_FIELD_LABELS, type SiteFormValues, siteFormToBody } from '../components/site-form-values.ts';

export default function SiteCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<SiteFormValues>();
  const create = useServerForm({ form, mutation: useCreateSite(), labels: SITE_FIELD_LABELS });

  const onSubmit = (values: SiteFormValues) => {
    create.submit(siteFormToBody(values), (site) => {
      void message.success(`已创建站点：${site.name}`);
      void navigate(`/sites/${site.id}`, { replace: true });
    });
  };

  return (
    <PageContainer title="新建站点" breadcrumb={[listCrumb('站点', '/sites')]}>
      <SiteForm
        form={form}
        mode="create"
        initialValues={newSiteValues(me.regionLevel === 'town' ? me.regionCode : undefined)}
        onSubmit={onSubmit}
        submitting={create.submitting}
        banner={<FormBanner {...create.banner} />}
        actions={<Button onClick={() => void navigate('/sites')}>取消</Button>}
      />
    </PageContainer>
  );
}
