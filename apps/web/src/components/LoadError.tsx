import { Button } from 'antd';
import { errorMessage, isNetworkFailure } from '../lib/api.ts';
import { StatusMessage } from './StatusMessage.tsx';

/** A page whose data could not be loaded: say why (no network is said as such), offer to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const offline = isNetworkFailure(error);
  return (
    <StatusMessage
      kind={offline ? 'offline' : 'warning'}
      title={offline ? '网络未连接' : '加载失败'}
      detail={offline ? '暂时连不上服务器，请检查手机信号或网络后点“重试”。' : errorMessage(error)}
      action={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        ) : null
      }
    />
  );
}
