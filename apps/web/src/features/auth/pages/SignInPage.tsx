import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { type Me, type SignInBody, SignInBodySchema } from '@jobcircle/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';
import { type ApiError, isApiError } from '../../../lib/api.ts';
import { safeNext } from '../../../lib/auth.ts';
import { zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { forgetListSearches } from '../../../lib/list-return.ts';
import { useSignInWithSecondFactor } from '../api/second-factor.ts';
import { useSignIn } from '../api/sign-in.ts';

interface SecondStepForm {
  code?: string;
  recoveryCode?: string;
}

function lockedMessage(error: ApiError): string {
  const until = typeof error.details.lockedUntil === 'string' ? error.details.lockedUntil : null;
  return until ? `${error.message}（锁定至 ${formatDateTime(until)}，届时可再次登录，或请管理员解锁）` : error.message;
}

/** A wrong password or code: the attempts left before the lock (the API counts them per name, known or not). */
function failedMessage(error: ApiError): string {
  const left = error.details.remainingAttempts;
  const minutes = error.details.lockMinutes;
  if (typeof left !== 'number' || typeof minutes !== 'number') return error.message;
  return `${error.message}。再输错 ${left} 次，该用户名将锁定 ${minutes} 分钟。`;
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const secondStep = useSignInWithSecondFactor();
  const [form] = Form.useForm<SignInBody>();
  const next = safeNext(params.get('next'));
  const expired = params.get('reason') === 'expired';
  /** Set when the password was right and the account has a second factor: step two. */
  const [challenge, setChallenge] = useState<string | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);

  const queryClient = useQueryClient();

  useEffect(() => {
    document.title = '登录 · 崇心乐业';
  }, []);

  // Whatever the last session cached (residents' records, the account) goes now, when no page that
  // reads it is on the screen any more: cleared earlier, those pages would render without the account.
  useEffect(() => {
    queryClient.clear();
    forgetListSearches();
  }, [queryClient]);

  const signedIn = (me: Me) => {
    if (me.mustChangePassword) void navigate(`/change-password?next=${encodeURIComponent(next)}`, { replace: true });
    else if (me.mustEnrolSecondFactor) void navigate(`/security?next=${encodeURIComponent(next)}`, { replace: true });
    else void navigate(next, { replace: true });
  };

  const onFinish = (values: SignInBody) => {
    signIn.mutate(values, {
      onSuccess: signedIn,
      onError: (failure) => {
        form.setFieldValue('password', '');
        if (isApiError(failure, 'SECOND_FACTOR_REQUIRED') && typeof failure.details.challenge === 'string') {
          setChallenge(failure.details.challenge);
        }
      },
    });
  };

  const onSecondStep = (values: SecondStepForm) => {
    if (!challenge) return;
    const body = useRecovery ? { challenge, recoveryCode: values.recoveryCode ?? '' } : { challenge, code: values.code ?? '' };
    secondStep.mutate(body, {
      onSuccess: signedIn,
      onError: (failure) => {
        // A lock or a timed-out challenge sends the user back to the password.
        if (isApiError(failure, 'ACCOUNT_LOCKED', 'SECOND_FACTOR_CHALLENGE_EXPIRED')) setChallenge(null);
      },
    });
  };

  const error = challenge
    ? secondStep.error
    : signIn.error && !isApiError(signIn.error, 'SECOND_FACTOR_REQUIRED')
      ? signIn.error
      : secondStep.error;
  let errorText: string | null = null;
  if (error)
    errorText = isApiError(error, 'ACCOUNT_LOCKED')
      ? lockedMessage(error)
      : isApiError(error, 'INVALID_CREDENTIALS', 'INVALID_SECOND_FACTOR')
        ? failedMessage(error)
        : isApiError(error)
          ? error.message
          : '登录失败，请稍后再试';

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
          {challenge ? (
            <Form<SecondStepForm>
              layout="vertical"
              onFinish={onSecondStep}
              requiredMark={false}
              disabled={secondStep.isPending}
              key={String(useRecovery)}
            >
              {useRecovery ? (
                <Form.Item name="recoveryCode" label="恢复码" rules={[{ required: true, message: '请输入一个恢复码' }]}>
                  <Input autoComplete="off" autoFocus />
                </Form.Item>
              ) : (
                <Form.Item
                  name="code"
                  label="动态验证码"
                  extra="打开手机上的身份验证器，输入崇心乐业的 6 位验证码"
                  rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字验证码' }]}
                >
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" block loading={secondStep.isPending}>
                验证并登录
              </Button>
              <Button type="link" block onClick={() => setUseRecovery(!useRecovery)}>
                {useRecovery ? '改用动态验证码' : '手机不在身边？使用恢复码'}
              </Button>
              <Button type="link" block onClick={() => setChallenge(null)}>
                返回重新输入密码
              </Button>
            </Form>
          ) : (
            <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signIn.isPending}>
              <Form.Item name="username" label="用户名" rules={[zodRule(SignInBodySchema.shape.username, '请输入用户名')]}>
                <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" />
              </Form.Item>
              <Form.Item name="password" label="密码" rules={[zodRule(SignInBodySchema.shape.password, '请输入密码')]}>
                <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
                登录
              </Button>
              <p className="auth-hint">忘记密码？请联系本单位管理员重置。</p>
            </Form>
          )}
        </Card>
      </main>
    </div>
  );
}
