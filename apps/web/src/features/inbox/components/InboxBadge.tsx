import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../../lib/auth.ts';
import { useUnreadCount } from '../api/list-inbox.ts';

/** The header's bell: the number of unread messages, a link to the inbox. */
export function InboxBadge() {
  const mayRead = useCan('inbox:read');
  const unread = useUnreadCount(mayRead);
  if (!mayRead) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link to="/inbox" className="header-button inbox-link" aria-label={count > 0 ? `站内消息，${count} 条未读` : '站内消息'}>
      <Badge count={count} size="small" overflowCount={99} color="#b42318">
        <BellOutlined className="inbox-icon" aria-hidden="true" />
      </Badge>
    </Link>
  );
}
