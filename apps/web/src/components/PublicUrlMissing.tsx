import { Alert } from 'antd';

/** Where a QR code or a shared link would be: the public address is not configured, so there is none. */
export function PublicUrlMissing() {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="public-url-missing"
      title="未配置公开访问地址，无法生成二维码和分享链接"
      description="请系统管理员在服务器配置中设置 PUBLIC_URL（群众访问本系统的网址，如 https://jiuye.example.gov.cn）后重启服务。二维码不会使用您当前浏览器中的地址。"
    />
  );
}
