import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { type SignInBody, SignInBodySchema } from '@jobcircle/domain';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';
import { type ApiError, isApiError } from '../../../lib/api.ts';
import { safeNext } from '../../../lib/auth.ts';
import { zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSignIn } from '../api/sign-in.ts';

function lockedMessage(error: ApiError): string {
  const until = typeof error.details.lockedUntil === 'string' ? error.details.lockedUntil : null;
  return until ? `${error.message}（锁定至 ${formatDateTime(until)}，届时可再次登录，或请管理员解锁）` : error.message;
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [form] = Form.useForm<SignInBody>();
  const next = safeNext(params.get('next'));
  const expired = params.get('reason') === 'expired';

  useEffect(() => {
    document.title = '登录 · 崇心乐业';
  }, []);

  const onFinish = (values: SignInBody) => {
    signIn.mutate(values, {
      onSuccess: (me) => {
        if (me.mustChangePassword) void navigate(`/change-password?next=${encodeURIComponent(next)}`, { replace: true });
        else void navigate(next, { replace: true });
      },
      onError: () => form.setFieldValue('password', ''),
    });
  };

  const error = signIn.error;
  let errorText: string | null = null;
  if (error)
    errorText = isApiError(error, 'ACCOUNT_LOCKED') ? lockedMessage(error) : isApiError(error) ? error.message : '登录失败，请稍后再试';

  return (
    <div className="auth-page">
      <div className="auth-toolbar">
        <ElderModeSwitch />
      </div>
      <header className="auth-head">
        <h1 className="auth-title">崇心乐业 · 15分钟就业服务圈</h1>
        <p className="auth-lead">崇明区就业服务站点工作台</p>
      </header>
      <main className="auth-card">
        <Card title={<h2 className="card-heading">工作人员登录</h2>}>
          {expired && !error ? <Alert type="warning" showIcon title="登录已超时，请重新登录。" style={{ marginBottom: 16 }} /> : null}
          {errorText ? (
            <Alert
              type="error"
              showIcon
              title={errorText}
              role="alert"
              style={{ marginBottom: 16 }}
              data-testid="sign-in-error"
              data-code={isApiError(error) ? error.code : undefined}
            />
          ) : null}
          <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signIn.isPending}>
            <Form.Item name="username" label="用户名" rules={[zodRule(SignInBodySchema.shape.username, '请输入用户名')]}>
              <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[zodRule(SignInBodySchema.shape.password, '请输入密码')]}>
              <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              登录
            </Button>
          </Form>
        </Card>
      </main>
    </div>
  );
}
