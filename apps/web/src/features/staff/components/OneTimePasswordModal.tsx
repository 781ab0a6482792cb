import type { StaffWithPassword } from '@jobcircle/domain';
import { Alert, Descriptions, Modal, Typography } from 'antd';

/** The one-time password is shown once: the user copies it and hands it over in person. */
export function OneTimePasswordModal({ result, title, onClose }: { result: StaffWithPassword | null; title: string; onClose: () => void }) {
  return (
    <Modal
      open={result !== null}
      title={title}
      onOk={onClose}
      onCancel={onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
    >
      {result ? (
        <>
          <Alert
            type="warning"
            showIcon
            title="临时密码只显示这一次，请复制后当面交给本人。对方首次登录时必须修改密码。"
            style={{ marginBottom: 16 }}
          />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="姓名">{result.staff.displayName}</Descriptions.Item>
            <Descriptions.Item label="用户名">
              <Typography.Text copyable={{ tooltips: ['复制用户名', '已复制'] }}>{result.staff.username}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="临时密码">
              <Typography.Text code copyable={{ tooltips: ['复制临时密码', '已复制'] }} data-testid="one-time-password">
                {result.oneTimePassword}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      ) : null}
    </Modal>
  );
}
