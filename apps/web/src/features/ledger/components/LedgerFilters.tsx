import { regionLevelOf } from '@jobcircle/domain';
import { DatePicker, Form, Select } from 'antd';
import { FilterColumn, type FilterTarget } from '../../../components/FilterFields.tsx';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { dayjs } from '../../../lib/dayjs.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';

const REGION_LEVELS = ['town', 'village'] as const;

/** 乡镇或村居: one picker that sets `townCode` or `villageCode` of the address. */
export function RegionFilter({ list, id }: { list: FilterTarget; id: string }) {
  return (
    <FilterColumn>
      <Form.Item label="乡镇或村居" htmlFor={id}>
        <RegionPicker
          id={id}
          levels={REGION_LEVELS}
          allowClear
          placeholder="全部区域"
          value={list.params.villageCode ?? list.params.townCode}
          onChange={(code) => {
            const level = code ? regionLevelOf(code) : undefined;
            list.update({ townCode: level === 'town' ? code : undefined, villageCode: level === 'village' ? code : undefined });
          }}
        />
      </Form.Item>
    </FilterColumn>
  );
}

/** 站点: the sites in the user's scope, `siteId` of the address. */
export function SiteFilter({ list, id }: { list: FilterTarget; id: string }) {
  const sites = useAllSites({ isActive: true });
  return (
    <FilterColumn>
      <Form.Item label="站点" htmlFor={id}>
        <Select
          id={id}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部站点"
          loading={sites.isPending}
          popupMatchSelectWidth={false}
          value={list.params.siteId}
          options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          onChange={(siteId: string | undefined) => list.update({ siteId })}
        />
      </Form.Item>
    </FilterColumn>
  );
}

/** 工作人员: `staffId` of the address, looked up by name as one types. */
export function StaffFilter({ list, id }: { list: FilterTarget; id: string }) {
  const staff = useStaffList({ pageSize: 100, isActive: true });
  return (
    <FilterColumn>
      <Form.Item label="工作人员" htmlFor={id}>
        <Select
          id={id}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部人员"
          loading={staff.isPending}
          value={list.params.staffId}
          options={(staff.data?.items ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
          onChange={(staffId: string | undefined) => list.update({ staffId })}
        />
      </Form.Item>
    </FilterColumn>
  );
}

/** 期间: `from` and `to` (YYYY-MM-DD) of the address, both ends included. */
export function PeriodFilter({ list, id }: { list: FilterTarget; id: string }) {
  const { from, to } = list.params;
  return (
    <FilterColumn width="wide">
      <Form.Item label="期间" htmlFor={id}>
        <DatePicker.RangePicker
          id={{ start: id }}
          style={{ width: '100%' }}
          allowEmpty={[true, true]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(range) =>
            list.update({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
        />
      </Form.Item>
    </FilterColumn>
  );
}

/** 月份: `month` (YYYY-MM) of the address; this month when absent. */
export function MonthFilter({ list, id }: { list: FilterTarget; id: string }) {
  const month = list.params.month;
  return (
    <FilterColumn>
      <Form.Item label="月份" htmlFor={id}>
        <DatePicker
          id={id}
          picker="month"
          style={{ width: '100%' }}
          allowClear={false}
          value={month ? dayjs(`${month}-01`) : dayjs()}
          onChange={(value) => list.update({ month: value ? value.format('YYYY-MM') : undefined })}
        />
      </Form.Item>
    </FilterColumn>
  );
}
