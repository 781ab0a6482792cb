import { SERVICE_ITEM_SHORT_LABELS, SubmitPublicTicketBodySchema } from '@jobcircle/domain';
import { Alert, Button, Form, Input, Result, Select } from 'antd';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useSubmitPublicTicket } from '../api/submit-public-ticket.ts';

interface Values {
  itemNo?: number;
  summary?: string;
  contactName?: string;
  mobile?: string;
}

const fields = SubmitPublicTicketBodySchema.shape;

/**
 * 在线提交诉求 on a site's public page: large fields for a phone, errors on the fields, and on
 * success the receipt code in large type with the link to follow it.
 */
export function PublicTicketForm({ siteId, itemNos }: { siteId: string; itemNos: readonly number[] }) {
  const submit = useSubmitPublicTicket();
  const [form] = Form.useForm<Values>();

  const onFinish = (values: Values) =>
    submit.mutate(
      {
        siteId,
        itemNo: values.itemNo,
        summary: values.summary ?? '',
        contactName: values.contactName ?? '',
        mobile: values.mobile ?? '',
      },
      {
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) applyFieldErrors(form, error);
        },
      },
    );

  if (submit.isSuccess) {
    const receipt = submit.data;
    return (
      <Result
        status="success"
        title={<h3 className="result-title">诉求已提交</h3>}
        subTitle={
          <div role="status">
            <p>请记下您的回执编号，凭它查询办理进度：</p>
            <p className="receipt-code public-receipt-code">{receipt.receiptCode}</p>
            <p>工作人员将与您电话联系，承诺 {dayjs(receipt.dueDate).format('YYYY年M月D日')} 前办结。</p>
          </div>
        }
        extra={
          <Link className="public-call" to={`/t/${receipt.receiptCode}`}>
            查看办理进度
          </Link>
        }
      />
    );
  }

  return (
    <>
      {submit.isError && !isApiError(submit.error, 'VALIDATION_FAILED') ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(submit.error)} className="form-banner" />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} className="public-form">
        <Form.Item name="itemNo" label="想办理的事项（可不选）" extra="不确定时可不选，按政策咨询受理">
          <Select
            size="large"
            allowClear
            placeholder="请选择事项"
            options={itemNos.map((no) => ({ value: no, label: SERVICE_ITEM_SHORT_LABELS[no] ?? String(no) }))}
          />
        </Form.Item>
        <Form.Item name="summary" label="您的诉求" rules={[zodRule(fields.summary, '请写下您想咨询或办理的事情')]}>
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="contactName" label="您的称呼" rules={[zodRule(fields.contactName, '请填写称呼，例如：王阿姨')]}>
          <Input size="large" maxLength={30} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label="手机号码"
          rules={[zodRule(fields.mobile, '请填写手机号码，方便工作人员联系您')]}
          extra="只用于工作人员联系您，不会公开"
        >
          <Input size="large" type="tel" inputMode="numeric" maxLength={20} autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
          提交诉求
        </Button>
      </Form>
    </>
  );
}
