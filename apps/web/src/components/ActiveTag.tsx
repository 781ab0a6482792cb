import { Tag } from 'antd';

/** 在用 / 已停用 of a site, an employer or a grid. */
export function ActiveTag({ active }: { active: boolean }) {
  return active ? <Tag color="success">在用</Tag> : <Tag>已停用</Tag>;
}
