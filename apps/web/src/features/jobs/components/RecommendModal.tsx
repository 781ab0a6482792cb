import { RECOMMEND_CHANNEL_LABELS, RECOMMEND_CHANNELS, type RecommendChannel } from '@jobcircle/domain';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useCreateReferral } from '../api/referrals.ts';

interface Values {
  siteId: string;
  channel: RecommendChannel;
  note?: string;
}

const CHANNEL_OPTIONS = RECOMMEND_CHANNELS.map((value) => ({ value, label: RECOMMEND_CHANNEL_LABELS[value] }));

/** Recommend a job to a resident (item 7): how it reached them and the site that gives the service. */
export function RecommendModal({
  open,
  onClose,
  jobId,
  jobTitle,
  residentId,
  residentName,
}: {
  open: boolean;
  onClose: () => void;
  jobId: string;
  jobTitle: string;
  residentId: string;
  residentName: string;
}) {
  const me = useMe();
  const sites = useAllSites({ isActive: true });
  const create = useCreateReferral();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      title={`向 ${residentName} 推荐：${jobTitle}`}
      okText="推荐"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'in_person', siteId: me.siteId ?? undefined }}
        onFinish={(values) =>
          create.mutate(
            { jobId, residentId, siteId: values.siteId, channel: values.channel, note: values.note ?? null },
            {
              onSuccess: () => {
                void message.success('已推荐，并登记服务台账');
                onClose();
              },
              onError: (error) => void message.error(errorMessage(error)),
            },
          )
        }
      >
        <Form.Item name="channel" label="推荐方式" rules={[{ required: true }]}>
          <Radio.Group options={CHANNEL_OPTIONS} />
        </Form.Item>
        <Form.Item name="siteId" label="服务站点" rules={[{ required: true, message: '请选择服务站点' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            aria-label="服务站点"
          />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
