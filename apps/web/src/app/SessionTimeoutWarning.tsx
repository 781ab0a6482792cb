import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, lastApiAnswerAt, setCsrfToken } from '../lib/api.ts';
import { useMe } from '../lib/auth.ts';
import { sessionEndsAt, warningLeadMs } from './session-timeout.ts';

const KEY = 'session-timeout';
const TICK_MS = 5_000;

/**
 * Warns before the session's idle timeout (and its absolute expiry): "继续使用" asks the API, which
 * restarts the idle clock. At the end the session is signed out and the user sent to sign in again;
 * the record forms' drafts (lib/form-draft.ts) bring the typed input back afterwards. The browser
 * never keeps the session alive by itself.
 */
export function SessionTimeoutWarning() {
  const me = useMe();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const [extending, setExtending] = useState(false);

  useEffect(() => {
    const tick = () => {
      const endsAt = sessionEndsAt(lastApiAnswerAt(), me.idleTimeoutMinutes, me.absoluteExpiresAt);
      const left = endsAt - Date.now();
      if (left <= 0) {
        notification.destroy(KEY);
        void api.post('/auth/sign-out', {}, { quietAuth: true }).catch(() => undefined);
        setCsrfToken(null);
        void navigate(`/sign-in?${new URLSearchParams({ next: here, reason: 'expired' }).toString()}`, { replace: true });
        return;
      }
      const idleWarning = left <= warningLeadMs(me.idleTimeoutMinutes);
      if (!idleWarning) {
        // (Also closes a warning left open by a page change, or after another tab's request.)
        notification.destroy(KEY);
        return;
      }
      const absolute = Date.parse(me.absoluteExpiresAt) <= endsAt;
      const minutes = Math.max(1, Math.ceil(left / 60_000));
      notification.warning({
        key: KEY,
        duration: 0,
        placement: 'top',
        title: absolute ? '登录即将到期' : '登录即将超时',
        description: absolute
          ? `本次登录约 ${minutes} 分钟后到期，请尽快保存。未保存的表单内容会暂存在本机，重新登录后可恢复（身份证号、手机号除外）。`
          : `约 ${minutes} 分钟内没有操作将自动退出登录。未保存的表单内容会暂存在本机，重新登录后可恢复（身份证号、手机号除外）。`,
        actions: absolute ? undefined : (
          <Button
            type="primary"
            loading={extending}
            onClick={() => {
              setExtending(true);
              api
                .get('/auth/me')
                .then(() => notification.destroy(KEY))
                .catch(() => undefined)
                .finally(() => setExtending(false));
            }}
          >
            继续使用
          </Button>
        ),
      });
    };
    tick();
    const timer = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(timer);
  }, [me.idleTimeoutMinutes, me.absoluteExpiresAt, notification, navigate, here, extending]);

  return null;
}
