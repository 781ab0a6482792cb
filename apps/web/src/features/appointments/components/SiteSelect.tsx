import { Form, Select } from 'antd';
import { useAllSites } from '../../../lib/queries/list-sites.ts';

/** The site whose slots and bookings are shown (the sites in the user's scope). */
export function SiteSelect({ id, value, onChange }: { id: string; value: string | undefined; onChange: (siteId: string) => void }) {
  const sites = useAllSites({ isActive: true });
  return (
    <Form.Item label="站点" htmlFor={id} className="site-select">
      <Select
        id={id}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="请选择站点"
        loading={sites.isPending}
        popupMatchSelectWidth={false}
        value={value}
        options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
        onChange={onChange}
      />
    </Form.Item>
  );
}
