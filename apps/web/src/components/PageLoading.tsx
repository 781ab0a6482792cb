import { Flex, Spin, Typography } from 'antd';

export function PageLoading() {
  return (
    <Flex justify="center" align="center" gap="small" style={{ minHeight: 240 }} role="status" aria-live="polite">
      <Spin />
      <Typography.Text>正在加载…</Typography.Text>
    </Flex>
  );
}
