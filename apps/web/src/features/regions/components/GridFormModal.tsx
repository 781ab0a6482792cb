import { CreateGridBodySchema, type Grid } from '@jobcircle/domain';
import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { useCreateGrid } from '../api/create-grid.ts';
import { useUpdateGrid } from '../api/update-grid.ts';

interface GridFormValues {
  code: string;
  name: string;
  responsibleStaffId?: string | null;
}

const LABELS = { code: '网格编号', name: '网格名称', responsibleStaffId: '网格责任人' };
const fields = CreateGridBodySchema.shape;

interface GridFormModalProps {
  villageCode: string;
  villageName: string;
  /** The grid being edited, or null for a new one. */
  grid: Grid | null;
  nextCode: string;
  onClose: () => void;
}

/** Create or edit one grid of a village, with its responsible staff member. */
export function GridFormModal({ villageCode, villageName, grid, nextCode, onClose }: GridFormModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<GridFormValues>();
  const create = useCreateGrid();
  const update = useUpdateGrid();
  const mayReadStaff = useCan('staff:read');
  const staff = useStaffList({ villageCode, isActive: true, page: 1, pageSize: 100 }, mayReadStaff);
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const onError = (err: unknown) => {
    if (isApiError(err, 'VALIDATION_FAILED')) setLeftovers(applyFieldErrors(form, err, LABELS));
    if (isApiError(err, 'GRID_CODE_TAKEN')) form.setFields([{ name: 'code', errors: [err.message] }]);
  };

  const onFinish = (values: GridFormValues) => {
    setLeftovers([]);
    const responsibleStaffId = values.responsibleStaffId ?? null;
    if (grid) {
      update.mutate(
        { id: grid.id, body: { name: values.name, responsibleStaffId, version: grid.version } },
        {
          onSuccess: () => {
            void message.success('网格已保存');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { code: values.code, name: values.name, responsibleStaffId },
        {
          onSuccess: () => {
            void message.success('网格已创建');
            onClose();
          },
          onError,
        },
      );
    }
  };

  return (
    <FormModal
      title={grid ? `编辑网格：${grid.name}` : `为${villageName}新建网格`}
      okText={grid ? '保存' : '创建'}
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={pending}
      error={error}
      leftovers={leftovers}
      fieldErrorCodes={['GRID_CODE_TAKEN']}
    >
      <Form<GridFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={grid ? { code: grid.code, name: grid.name, responsibleStaffId: grid.responsibleStaffId } : { code: nextCode }}
      >
        <Form.Item name="code" label="网格编号" rules={[zodRule(fields.code, '请填写网格编号')]} extra="村居代码-序号，如 310151101001-01">
          <Input disabled={grid !== null} maxLength={16} />
        </Form.Item>
        <Form.Item name="name" label="网格名称" rules={[zodRule(fields.name, '请填写网格名称')]}>
          <Input maxLength={40} placeholder="如：第一网格" />
        </Form.Item>
        <Form.Item name="responsibleStaffId" label="网格责任人（可不填）" rules={[zodRule(fields.responsibleStaffId)]}>
          <Select
            allowClear
            disabled={!mayReadStaff}
            loading={staff.isFetching}
            placeholder="请选择本村居的工作人员"
            options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName}（${s.username}）` }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
