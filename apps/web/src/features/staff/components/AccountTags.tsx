import type { Staff } from '@jobcircle/domain';
import { Flex, Tag } from 'antd';

export function AccountTags({ staff }: { staff: Staff }) {
  return (
    <Flex gap={4} wrap>
      {staff.isActive ? <Tag color="success">在用</Tag> : <Tag>已停用</Tag>}
      {staff.isLocked ? <Tag color="error">已锁定</Tag> : null}
      {staff.mustChangePassword ? <Tag color="warning">待改密码</Tag> : null}
    </Flex>
  );
}
