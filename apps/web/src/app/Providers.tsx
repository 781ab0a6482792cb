import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useEffect } from 'react';
import { isApiError } from '../lib/api.ts';
import { ElderModeProvider, useElderMode } from '../lib/ElderModeProvider.tsx';
import '../lib/dayjs.ts';
import { consoleTheme, elderTheme } from './theme.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retry only what may pass on a second try: network trouble and server errors.
      retry: (count, error) => count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    },
    mutations: { retry: false },
  },
});

function ThemedApp({ children }: { children: ReactNode }) {
  const { elder } = useElderMode();
  useEffect(() => {
    document.documentElement.dataset.elder = elder ? 'on' : 'off';
  }, [elder]);
  return (
    <ConfigProvider locale={zhCN} theme={elder ? elderTheme : consoleTheme} componentSize={elder ? 'large' : 'middle'}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ElderModeProvider>
        <ThemedApp>{children}</ThemedApp>
      </ElderModeProvider>
    </QueryClientProvider>
  );
}
