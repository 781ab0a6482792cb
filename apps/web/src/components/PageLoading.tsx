import { Flex, Spin } from 'antd';

export function PageLoading() {
  return (
    <Flex justify="center" align="center" gap="small" style={{ minHeight: 240 }} role="status" aria-live="polite">
      <Spin />
      {/* A plain span: Typography would bring its editable text (and the input) into the first page. */}
      <span>正在加载…</span>
    </Flex>
  );
}
