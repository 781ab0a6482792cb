import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

export function ForbiddenPage() {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = '没有权限 · 崇心乐业';
  }, []);
  return (
    <Result
      status="403"
      title={<h1 className="result-title">没有权限</h1>}
      subTitle="您的账号没有访问此页面的权限。如需开通，请联系上级管理员。"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
