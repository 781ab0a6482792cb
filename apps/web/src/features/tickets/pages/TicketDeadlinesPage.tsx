import { DEFAULT_TICKET_WORKING_DAYS, SetTicketItemDeadlineBodySchema, type TicketItemDeadline } from '@jobcircle/domain';
import { App, Button, Flex, InputNumber, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useItemDeadlines } from '../api/list-item-deadlines.ts';
import { useSetItemDeadline } from '../api/set-item-deadline.ts';

const DAYS = SetTicketItemDeadlineBodySchema.shape.workingDays;

/** One item's working days: typed, checked as the API checks, saved on its own. */
function DeadlineEditor({ row }: { row: TicketItemDeadline }) {
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(row.workingDays);
  const save = useSetItemDeadline();
  const check = DAYS.safeParse(value);
  const fieldError = !check.success
    ? (check.error.issues[0]?.message ?? '请输入 1–60 的整数')
    : isApiError(save.error, 'VALIDATION_FAILED')
      ? (save.error.fieldErrors.workingDays?.[0] ?? errorMessage(save.error))
      : null;
  return (
    <Flex gap="small" wrap align="start">
      <div>
        <InputNumber
          aria-label={`${serviceItemLabel(row.itemNo)}的办理时限（工作日）`}
          min={1}
          max={60}
          precision={0}
          value={value}
          status={fieldError ? 'error' : undefined}
          onChange={(next) => setValue(next)}
          addonAfter="个工作日"
        />
        {fieldError ? (
          <div role="alert" className="field-error">
            {fieldError}
          </div>
        ) : null}
      </div>
      <Button
        disabled={!check.success || value === row.workingDays}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { itemNo: row.itemNo, workingDays: value ?? 0 },
            {
              onSuccess: () => void message.success(`${serviceItemLabel(row.itemNo)}：已设为 ${value} 个工作日`),
              onError: (error) => {
                if (!isApiError(error, 'VALIDATION_FAILED')) void message.error(errorMessage(error));
              },
            },
          )
        }
      >
        保存
      </Button>
    </Flex>
  );
}

/** 办理时限: the working days each item's tickets may stay open (district admins). */
export default function TicketDeadlinesPage() {
  const deadlines = useItemDeadlines();
  const columns: TableColumnsType<TicketItemDeadline> = [
    { title: '服务事项', dataIndex: 'itemNo', key: 'itemNo', render: (no: number) => serviceItemLabel(no) },
    {
      title: '办理时限',
      key: 'workingDays',
      render: (_: unknown, row) => <DeadlineEditor key={`${row.itemNo}-${row.workingDays}`} row={row} />,
    },
    {
      title: '来源',
      key: 'isDefault',
      responsive: ['sm'],
      render: (_: unknown, row) => (row.isDefault ? <Tag>默认</Tag> : `已设置（${formatDateTime(row.updatedAt)}）`),
    },
  ];
  return (
    <PageContainer
      title="办理时限"
      description={
        <>
          各服务事项受理单的办理时限，按工作日计算（跳过法定节假日，调休上班日计入）；未设置的事项为 {DEFAULT_TICKET_WORKING_DAYS}{' '}
          个工作日。每年的节假日安排见<Link to="/calendar">工作日历</Link>。
        </>
      }
    >
      {deadlines.isError ? (
        <LoadError error={deadlines.error} onRetry={() => void deadlines.refetch()} />
      ) : (
        <Table<TicketItemDeadline>
          rowKey="itemNo"
          size="small"
          columns={columns}
          dataSource={deadlines.data?.items}
          loading={deadlines.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </PageContainer>
  );
}
