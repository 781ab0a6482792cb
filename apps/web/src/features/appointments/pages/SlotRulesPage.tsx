import { PlusOutlined } from '@ant-design/icons';
import { type SlotRule, WEEKDAY_LABELS } from '@jobcircle/domain';
import { App, Button, Col, Form, Popconfirm, Row, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useSlotRules } from '../api/list-slot-rules.ts';
import { useUpdateSlotRule } from '../api/update-slot-rule.ts';
import { SiteSelect } from '../components/SiteSelect.tsx';
import { SlotRuleFormModal } from '../components/SlotRuleFormModal.tsx';

function weekdaysText(days: number[]): string {
  return days.map((day) => WEEKDAY_LABELS[day] ?? '').join('、');
}

/** 预约时段设置: a site's weekly openings (hours, slot length, places), added and stopped. */
export default function SlotRulesPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const siteId = search.get('siteId') ?? me.siteId ?? undefined;
  const sites = useAllSites({ isActive: true });
  const siteName = sites.data?.find((site) => site.id === siteId)?.name ?? '';
  const rules = useSlotRules({ siteId }, Boolean(siteId));
  const update = useUpdateSlotRule();
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<SlotRule> = [
    { title: '名称', dataIndex: 'title', key: 'title' },
    { title: '开放日', dataIndex: 'weekdays', key: 'weekdays', render: weekdaysText },
    { title: '时间', key: 'time', render: (_: unknown, r) => `${r.startTime}–${r.endTime}` },
    { title: '时段 / 名额', key: 'slot', render: (_: unknown, r) => `${r.slotMinutes} 分钟 / ${r.capacity} 人` },
    { title: '人员', dataIndex: 'staffName', key: 'staffName', render: (name: string | null) => name ?? '站点窗口', responsive: ['md'] },
    {
      title: '事项',
      dataIndex: 'itemNo',
      key: 'itemNo',
      render: (no: number | null) => (no ? serviceItemLabel(no) : '不限'),
      responsive: ['lg'],
    },
    {
      title: '有效期',
      key: 'valid',
      render: (_: unknown, r) => `${r.validFrom} 起${r.validTo ? ` 至 ${r.validTo}` : ''}`,
      responsive: ['md'],
    },
    {
      title: '状态',
      key: 'isActive',
      render: (_: unknown, r) =>
        r.isActive ? (
          <Popconfirm
            title="停用后不再开放新的时段，已预约的不受影响。"
            okText="停用"
            cancelText="返回"
            onConfirm={() =>
              update.mutate(
                { id: r.id, body: { isActive: false, version: r.version } },
                { onSuccess: () => void message.success('已停用'), onError: (error) => void message.error(errorMessage(error)) },
              )
            }
          >
            <Button size="small">停用</Button>
          </Popconfirm>
        ) : (
          <Tag>已停用</Tag>
        ),
    },
  ];

  return (
    <PageContainer
      title="预约时段设置"
      description="每个站点（或站点的工作人员、创业指导师）每周的开放时间、每个时段的长度和名额。"
      extra={
        siteId ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建预约时段
          </Button>
        ) : null
      }
    >
      <Form layout="vertical" className="filters" role="search" aria-label="选择站点">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={8}>
            <SiteSelect id="rules-site" value={siteId} onChange={(next) => setSearch({ siteId: next }, { replace: true })} />
          </Col>
        </Row>
      </Form>
      {!siteId ? (
        <Typography.Paragraph>请先选择站点。</Typography.Paragraph>
      ) : rules.isError ? (
        <LoadError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<SlotRule>
          rowKey="id"
          columns={columns}
          dataSource={rules.data?.items}
          loading={rules.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: rules.isPending ? '正在加载…' : '该站点尚未设置预约时段' }}
        />
      )}
      {creating && siteId ? <SlotRuleFormModal siteId={siteId} siteName={siteName} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
