import {
  type ConfirmSecondFactorBody,
  ConfirmSecondFactorBodySchema,
  type RecoveryCodes,
  type SecondFactorEnrolment,
} from '@jobcircle/domain';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';
import { QrCode } from '../../../components/QrCode.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { safeNext, useMe } from '../../../lib/auth.ts';
import { zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useConfirmEnrolment, useRenewRecoveryCodes, useSecondFactorStatus, useStartEnrolment } from '../api/second-factor.ts';

/** The ten recovery codes, shown this once. */
function RecoveryCodesCard({ codes, onDone }: { codes: RecoveryCodes['recoveryCodes']; onDone: () => void }) {
  return (
    <Card title={<h2 className="card-heading">恢复码（只显示这一次）</h2>}>
      <Alert
        type="warning"
        showIcon
        title="请抄写或打印后妥善保管。手机丢失时，每个恢复码可代替动态验证码登录一次。"
        style={{ marginBottom: 16 }}
      />
      <ol className="recovery-codes" aria-label="恢复码" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <Typography.Text code copyable>
              {code}
            </Typography.Text>
          </li>
        ))}
      </ol>
      <Button type="primary" onClick={onDone}>
        我已保存恢复码
      </Button>
    </Card>
  );
}

/** The code field both forms use: six digits from the authenticator app. */
function CodeForm({ label, pending, onSubmit }: { label: string; pending: boolean; onSubmit: (body: ConfirmSecondFactorBody) => void }) {
  return (
    <Form<ConfirmSecondFactorBody> layout="vertical" onFinish={onSubmit} disabled={pending} requiredMark={false}>
      <Form.Item
        name="code"
        label="动态验证码（6 位数字）"
        rules={[zodRule(ConfirmSecondFactorBodySchema.shape.code, '请输入 6 位数字验证码')]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {label}
      </Button>
    </Form>
  );
}

/**
 * 账号安全: binding an authenticator app (TOTP) — required for district and town admins before
 * anything else, optional for everyone else — and renewing the recovery codes.
 */
export default function SecurityPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const status = useSecondFactorStatus();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const renew = useRenewRecoveryCodes();
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const forced = me.mustEnrolSecondFactor;

  useEffect(() => {
    document.title = '账号安全 · 崇心乐业';
  }, []);

  const failure = [start.error, confirm.error, renew.error].find(Boolean);
  const done = () => void navigate(next === '/security' ? '/' : next, { replace: true });

  let body: ReactNode;
  if (codes) {
    body = <RecoveryCodesCard codes={codes} onDone={done} />;
  } else if (status.data?.enabled) {
    body = (
      <Card title={<h2 className="card-heading">身份验证器已绑定</h2>}>
        <Descriptions
          column={1}
          items={[
            { key: 'at', label: '绑定时间', children: status.data.confirmedAt ? formatDateTime(status.data.confirmedAt) : '—' },
            { key: 'left', label: '剩余恢复码', children: `${status.data.recoveryCodesLeft} 个` },
          ]}
        />
        <p>恢复码用完或遗失时，可输入当前动态验证码重新生成（旧恢复码随即作废）。手机丢失请联系上级管理员重置。</p>
        <CodeForm
          label="重新生成恢复码"
          pending={renew.isPending}
          onSubmit={(b) => renew.mutate(b, { onSuccess: (r) => setCodes(r.recoveryCodes) })}
        />
      </Card>
    );
  } else if (enrolment) {
    body = (
      <Card title={<h2 className="card-heading">第 2 步：扫码并输入验证码</h2>}>
        <p>用手机上的身份验证器（如“腾讯身份验证器”、Microsoft Authenticator、Google Authenticator）扫描二维码：</p>
        <QrCode value={enrolment.uri} label="身份验证器绑定" size={200} />
        <p>
          无法扫码时手动输入密钥：
          <span data-testid="totp-secret">
            <Typography.Text code copyable={{ text: enrolment.secret }}>
              {enrolment.secret}
            </Typography.Text>
          </span>
        </p>
        <CodeForm
          label="确认绑定"
          pending={confirm.isPending}
          onSubmit={(b) => confirm.mutate(b, { onSuccess: (r) => setCodes(r.recoveryCodes) })}
        />
      </Card>
    );
  } else {
    body = (
      <Card title={<h2 className="card-heading">{forced ? '管理员账号须先绑定身份验证器' : '绑定身份验证器（双因素认证）'}</h2>}>
        <p>绑定后，登录时除密码外还需输入手机身份验证器上每 30 秒变化的 6 位验证码。</p>
        <Button type="primary" loading={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}>
          第 1 步：开始绑定
        </Button>
      </Card>
    );
  }

  return (
    <div className="auth-page">
      <div className="auth-toolbar">
        <ElderModeSwitch />
      </div>
      <header className="auth-head">
        <h1 className="auth-title">账号安全</h1>
        <p className="auth-lead">
          {me.displayName}（{me.username}）
        </p>
      </header>
      <main className="auth-card">
        {failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={isApiError(failure, 'INVALID_SECOND_FACTOR') ? '验证码不正确或已使用，请等下一个验证码后重试' : errorMessage(failure)}
            style={{ marginBottom: 16 }}
            data-code={isApiError(failure) ? failure.code : undefined}
          />
        ) : null}
        {status.isPending ? null : body}
        {!forced && !codes ? (
          <Flex style={{ marginTop: 16 }}>
            <Button onClick={done}>返回</Button>
          </Flex>
        ) : null}
      </main>
    </div>
  );
}
