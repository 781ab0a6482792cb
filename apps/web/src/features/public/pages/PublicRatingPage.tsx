import { RATING_LABELS, SubmitRatingBodySchema } from '@jobcircle/domain';
import { Alert, Button, Form, Input, Radio, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useServiceForRating } from '../api/public-rating.ts';
import { useSubmitRating } from '../api/submit-rating.ts';
import { PublicFrame } from '../components/PublicFrame.tsx';

interface Values {
  rating?: number;
  comment?: string;
}

const fields = SubmitRatingBodySchema.shape;
const RATINGS = [5, 4, 3, 2, 1];

/** The page a service's rating QR code opens: 1–5 stars and a comment, once, without signing in. */
export default function PublicRatingPage() {
  const { token = '' } = useParams();
  const service = useServiceForRating(token);
  const submit = useSubmitRating(token);
  const [form] = Form.useForm<Values>();

  const onFinish = (values: Values) =>
    submit.mutate(
      { rating: values.rating ?? 0, comment: values.comment?.trim() ? values.comment.trim() : null },
      {
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) applyFieldErrors(form, error);
          if (isApiError(error, 'ALREADY_RATED')) void service.refetch();
        },
      },
    );

  let body: ReactNode;
  if (service.isPending) {
    body = (
      <div role="status" className="public-loading">
        <Spin /> 正在加载…
      </div>
    );
  } else if (service.isError) {
    const gone = isApiError(service.error, 'NOT_FOUND', 'VALIDATION_FAILED', 'FEEDBACK_LINK_EXPIRED');
    body = (
      <Result
        status={gone ? '404' : 'warning'}
        title={<h1 className="result-title">{gone ? '评价链接无效或已过期' : '加载失败'}</h1>}
        subTitle={gone ? '请向为您服务的工作人员重新索取评价二维码。' : errorMessage(service.error)}
        extra={
          gone ? null : (
            <Button type="primary" onClick={() => void service.refetch()}>
              重试
            </Button>
          )
        }
      />
    );
  } else if (service.data.rated) {
    body = (
      <Result
        status="success"
        title={<h1 className="result-title">{submit.isSuccess ? '感谢您的评价！' : '这次服务已经评价过了'}</h1>}
        subTitle={submit.isSuccess ? '您的意见将帮助我们改进服务。' : '每次服务只能评价一次，感谢您的反馈。'}
      />
    );
  } else {
    const s = service.data;
    body = (
      <>
        <h1 className="public-title">服务评价</h1>
        <p className="public-kind">
          {s.itemName} · {s.siteName} · {dayjs(s.serviceAt).format('M月D日 HH:mm')}
        </p>
        {submit.isError && !isApiError(submit.error, 'VALIDATION_FAILED') ? (
          <Alert type="error" showIcon role="alert" title={errorMessage(submit.error)} className="form-banner" />
        ) : null}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} className="public-form">
          <Form.Item name="rating" label="您对这次服务满意吗？" rules={[zodRule(fields.rating, '请选择评分')]}>
            <Radio.Group className="rating-choices">
              {RATINGS.map((rating) => (
                <Radio.Button key={rating} value={rating} className="rating-choice">
                  <span aria-hidden="true" className="rating-stars">
                    {'★'.repeat(rating)}
                  </span>{' '}
                  {rating} 星 · {RATING_LABELS[rating]}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="comment" label="意见和建议（可不填）" rules={[zodRule(fields.comment)]}>
            <Input.TextArea rows={4} maxLength={500} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
            提交评价
          </Button>
        </Form>
        <p className="public-note">评价匿名提交，不会显示您的姓名和电话。</p>
      </>
    );
  }
  return <PublicFrame title="服务评价">{body}</PublicFrame>;
}
