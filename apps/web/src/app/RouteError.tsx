import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** A page that failed to load or render (e.g. after a new version was deployed): offer a reload. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : '页面出现错误，请刷新后重试。';
  return (
    <main className="route-error">
      <Result
        status="error"
        title="页面出错了"
        subTitle={detail}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    </main>
  );
}
