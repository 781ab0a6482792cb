import { PlusOutlined } from '@ant-design/icons';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_STATES,
  type Complaint,
  type ComplaintCategory,
} from '@jobcircle/domain';
import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FilterBar, SelectFilter } from '../../../components/FilterFields.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { type ListParams, oneOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { optionsOf } from '../../../lib/service-item-options.ts';
import { useComplaints } from '../api/list-complaints.ts';
import { ComplaintFormModal } from '../components/ComplaintFormModal.tsx';
import { ComplaintStateTags } from '../components/ComplaintStateTags.tsx';
import { RatingSummaryCard } from '../components/RatingSummaryCard.tsx';

function complaintsFilter(params: ListParams) {
  return { state: oneOf(params.state, COMPLAINT_STATES), category: oneOf(params.category, COMPLAINT_CATEGORIES) };
}

/** 群众监督: the ratings residents gave, and the complaints from receipt to the resident's acceptance. */
export default function ComplaintListPage() {
  const list = useServerList(complaintsFilter, useComplaints);
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<Complaint> = [
    {
      title: '登记时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (at: string, c) => <Link to={`/complaints/${c.id}`}>{formatDateTime(at)}</Link>,
    },
    { title: '状态', key: 'state', render: (_: unknown, c) => <ComplaintStateTags complaint={c} /> },
    { title: '类别', dataIndex: 'category', key: 'category', render: (c: ComplaintCategory) => COMPLAINT_CATEGORY_LABELS[c] },
    { title: '站点', dataIndex: 'siteName', key: 'siteName', responsive: ['sm'] },
    { title: '承办人', dataIndex: 'handlerStaffName', key: 'handlerStaffName', responsive: ['md'] },
    { title: '办理时限', dataIndex: 'deadline', key: 'deadline', responsive: ['md'] },
    { title: '内容', dataIndex: 'content', key: 'content', ellipsis: true, responsive: ['lg'] },
  ];
  return (
    <PageContainer
      title="评价与投诉"
      description="群众扫码为每次服务评价；投诉从登记、答复到群众认可（或不认可重新办理）全程留痕，区里可见全部。"
      extra={
        <PermissionGate permission="complaint:write">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记投诉
          </Button>
        </PermissionGate>
      }
    >
      <RatingSummaryCard />
      <FilterBar list={list} label="筛选投诉">
        <SelectFilter
          list={list}
          id="complaint-state"
          label="状态"
          name="state"
          placeholder="全部状态"
          options={optionsOf(COMPLAINT_STATES, COMPLAINT_STATE_LABELS)}
        />
        <SelectFilter
          list={list}
          id="complaint-category-filter"
          label="类别"
          name="category"
          placeholder="全部类别"
          options={optionsOf(COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS)}
        />
      </FilterBar>
      <ServerTable<Complaint>
        {...list.table}
        columns={columns}
        totalText={(total) => `共 ${total} 件投诉`}
        emptyText="没有符合条件的投诉"
      />
      {creating ? <ComplaintFormModal onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
