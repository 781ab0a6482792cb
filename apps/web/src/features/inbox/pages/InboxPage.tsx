import { type InboxMessage, NOTIFICATION_STATE_LABELS } from '@jobcircle/domain';
import { App, Button, Flex, List, Segmented, Tag, Typography } from 'antd';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { pageOf, useListParams } from '../../../lib/list-params.ts';
import { useInbox } from '../api/list-inbox.ts';
import { useMarkRead } from '../api/mark-read.ts';

/** 站内消息: reminders and escalations for me, newest first; marked read one by one. */
export default function InboxPage() {
  const { message } = App.useApp();
  const [params, update] = useListParams();
  const unreadOnly = params.unread === 'true';
  const { page, pageSize } = pageOf(params);
  const inbox = useInbox({ unreadOnly: unreadOnly ? true : undefined, page, pageSize });
  const markRead = useMarkRead();
  return (
    <PageContainer title="站内消息" description="预约提醒、受理单逾期督办等消息。">
      <Flex gap="small" align="center" wrap className="filters">
        <Segmented<string>
          aria-label="显示"
          value={unreadOnly ? 'unread' : 'all'}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: `未读${inbox.data ? `（${inbox.data.unread}）` : ''}` },
          ]}
          onChange={(value) => update({ unread: value === 'unread' ? 'true' : undefined })}
        />
      </Flex>
      {inbox.isError ? (
        <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : (
        <List<InboxMessage>
          loading={inbox.isFetching}
          dataSource={inbox.data?.items ?? []}
          locale={{ emptyText: inbox.isPending ? '正在加载…' : '没有消息' }}
          pagination={{
            current: page,
            pageSize,
            total: inbox.data?.total ?? 0,
            onChange: (next) => update({ page: String(next) }, true),
            showTotal: (total) => `共 ${total} 条`,
          }}
          renderItem={(item) => (
            <List.Item
              className={item.readAt ? 'inbox-item read' : 'inbox-item unread'}
              actions={
                item.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        loading={markRead.isPending && markRead.variables === item.id}
                        onClick={() => markRead.mutate(item.id, { onError: (error) => void message.error(errorMessage(error)) })}
                      >
                        标为已读
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap="small" wrap align="center">
                    {item.readAt ? null : <Tag color="processing">未读</Tag>}
                    <span>{item.subject}</span>
                  </Flex>
                }
                description={
                  <>
                    <Typography.Paragraph className="inbox-body">{item.body}</Typography.Paragraph>
                    <Typography.Text type="secondary">
                      {formatDateTime(item.createdAt)}
                      {item.state !== 'sent' ? ` · ${NOTIFICATION_STATE_LABELS[item.state]}` : ''}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </PageContainer>
  );
}
