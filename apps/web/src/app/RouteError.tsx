import { Button } from 'antd';
import { useState } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { isNetworkFailure } from '../lib/api.ts';

/**
 * A page that failed to load or render. Without network (a page's code could not be downloaded, or
 * the browser is offline) it says so and retries once the network is back; otherwise (e.g. after a
 * new version was deployed) it offers a reload.
 */
export function RouteError() {
  const error = useRouteError();
  const [stillOffline, setStillOffline] = useState(false);
  const offline = isNetworkFailure(error) || !navigator.onLine;
  if (offline) {
    const retry = () => {
      // A reload while offline would only show the browser's own error page.
      if (!navigator.onLine) return setStillOffline(true);
      window.location.reload();
    };
    return (
      <main className="route-error">
        <StatusMessage
          kind="offline"
          heading="h1"
          title="网络未连接"
          detail={
            stillOffline
              ? '仍然没有网络。请检查手机信号、无线网络或移动数据后再试。'
              : '页面没能打开：暂时连不上服务器。请检查网络后点“重试”。'
          }
          action={
            <Button type="primary" onClick={retry}>
              重试
            </Button>
          }
        />
      </main>
    );
  }
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : '页面出现错误，请刷新后重试。';
  return (
    <main className="route-error">
      <StatusMessage
        kind="error"
        heading="h1"
        title="页面出错了"
        detail={detail}
        action={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    </main>
  );
}
