import { PlusOutlined } from '@ant-design/icons';
import { CONTACT_LOG_CHANNEL_LABELS, type ContactLog, type ContactLogChannel, type Employer } from '@jobcircle/domain';
import { Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useContactLogs } from '../api/list-contact-logs.ts';
import { ContactLogFormModal } from './ContactLogFormModal.tsx';

const PAGE_SIZE = 10;

/** 走访联系记录: every visit, call or event with the employer, newest first, with the jobs collected. */
export function ContactHistory({ employer }: { employer: Employer }) {
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const logs = useContactLogs(employer.id, { page, pageSize: PAGE_SIZE });

  return (
    <section aria-labelledby="employer-contact-logs">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} className="section-title" id="employer-contact-logs">
          走访联系记录
        </Typography.Title>
        <PermissionGate permission="employer:write">
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              setPage(1);
              setAdding(true);
            }}
          >
            登记走访联系
          </Button>
        </PermissionGate>
      </Flex>
      {logs.isError ? (
        <LoadError error={logs.error} onRetry={() => void logs.refetch()} />
      ) : (
        <Table<ContactLog>
          rowKey="id"
          size="small"
          dataSource={logs.data?.items}
          loading={logs.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: logs.isPending ? '正在加载…' : '尚无走访联系记录' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: logs.data?.total ?? 0,
            onChange: setPage,
            showTotal: (total) => `共 ${total} 条`,
            hideOnSinglePage: true,
          }}
          columns={[
            { title: '联系时间', dataIndex: 'at', key: 'at', render: (at: string) => formatDateTime(at) },
            {
              title: '方式',
              dataIndex: 'channel',
              key: 'channel',
              render: (channel: ContactLogChannel) => CONTACT_LOG_CHANNEL_LABELS[channel],
            },
            {
              title: '联系情况',
              dataIndex: 'summary',
              key: 'summary',
              render: (summary: string) => <div style={{ minWidth: 160, maxWidth: 480, whiteSpace: 'pre-wrap' }}>{summary}</div>,
            },
            { title: '收集岗位', dataIndex: 'jobsCollected', key: 'jobsCollected', render: (n: number) => `${n} 个` },
            { title: '联系人员', dataIndex: 'staffName', key: 'staffName' },
          ]}
        />
      )}
      {adding ? <ContactLogFormModal employerId={employer.id} employerName={employer.name} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
