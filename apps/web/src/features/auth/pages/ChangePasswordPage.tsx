import { type ChangePasswordBody, ChangePasswordBodySchema, PASSWORD_RULE_MESSAGES, passwordRuleViolations } from '@jobcircle/domain';
import { Alert, App, Button, Card, Flex, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { safeNext, useMe } from '../../../lib/auth.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useChangePassword } from '../api/change-password.ts';
import { useSignOut } from '../api/sign-out.ts';

interface PasswordForm extends ChangePasswordBody {
  confirmPassword: string;
}

const RULES = ['too_short', 'classes', 'contains_username'] as const;

/** Change the password: forced at first sign-in and after a reset, otherwise from the user menu. */
export default function ChangePasswordPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const change = useChangePassword();
  const signOut = useSignOut();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const next = safeNext(params.get('next'));
  const forced = me.mustChangePassword;
  const violations = passwordRuleViolations(newPassword, me.username);

  useEffect(() => {
    document.title = '修改密码 · 崇心乐业';
  }, []);

  const onFinish = ({ currentPassword, newPassword }: PasswordForm) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success('密码已修改');
          void navigate(next === '/change-password' ? '/' : next, { replace: true });
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED', 'PASSWORD_POLICY')) applyFieldErrors(form, error);
          if (isApiError(error, 'INVALID_CREDENTIALS')) form.setFields([{ name: 'currentPassword', errors: ['当前密码不正确'] }]);
        },
      },
    );
  };

  return (
    <div className="auth-page">
      <div className="auth-toolbar">
        <ElderModeSwitch />
      </div>
      <header className="auth-head">
        <h1 className="auth-title">修改密码</h1>
        <p className="auth-lead">
          {me.displayName}（{me.username}）
        </p>
      </header>
      <main className="auth-card">
        <Card title={<h2 className="card-heading">{forced ? '首次登录、密码已重置或已到期，请先设置新密码' : '设置新密码'}</h2>}>
          {change.error && !isApiError(change.error, 'VALIDATION_FAILED', 'PASSWORD_POLICY', 'INVALID_CREDENTIALS') ? (
            <Alert type="error" showIcon role="alert" title={errorMessage(change.error)} style={{ marginBottom: 16 }} />
          ) : null}
          <Form form={form} layout="vertical" onFinish={onFinish} disabled={change.isPending}>
            <Form.Item
              name="currentPassword"
              label={forced ? '当前密码（管理员提供的临时密码）' : '当前密码'}
              rules={[zodRule(ChangePasswordBodySchema.shape.currentPassword, '请输入当前密码')]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              name="newPassword"
              label="新密码"
              rules={[
                zodRule(ChangePasswordBodySchema.shape.newPassword, '请输入新密码'),
                {
                  validator: (_rule, value: string | undefined) => {
                    const failed = passwordRuleViolations(value ?? '', me.username);
                    return failed.length === 0 || !value
                      ? Promise.resolve()
                      : Promise.reject(new Error(`新密码${PASSWORD_RULE_MESSAGES[failed[0] ?? 'classes']}`));
                  },
                },
              ]}
            >
              <Input.Password autoComplete="new-password" aria-describedby="password-rules" />
            </Form.Item>
            <ul id="password-rules" className="password-rules" aria-label="密码规则">
              {RULES.map((rule) => (
                <li key={rule} className={newPassword && !violations.includes(rule) ? 'ok' : 'todo'}>
                  {newPassword && !violations.includes(rule) ? '✓ ' : '· '}
                  {PASSWORD_RULE_MESSAGES[rule]}
                </li>
              ))}
              <li className="todo">· 不能使用常见密码；{PASSWORD_RULE_MESSAGES.reused}</li>
            </ul>
            <Form.Item
              name="confirmPassword"
              label="再次输入新密码"
              dependencies={['newPassword']}
              rules={[
                { required: true, message: '请再次输入新密码' },
                ({ getFieldValue }) => ({
                  validator: (_rule, value: string | undefined) =>
                    !value || value === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error('两次输入的新密码不一致')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Flex gap="small" wrap>
              <Button type="primary" htmlType="submit" loading={change.isPending}>
                保存新密码
              </Button>
              {forced ? (
                <Button
                  onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })}
                  loading={signOut.isPending}
                >
                  退出登录
                </Button>
              ) : (
                <Button onClick={() => void navigate(next)}>取消</Button>
              )}
            </Flex>
          </Form>
        </Card>
      </main>
    </div>
  );
}
