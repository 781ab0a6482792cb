import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';

interface PageContainerProps {
  title: string;
  /** Buttons at the right of the title (they wrap under it on a phone). */
  extra?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

/** Every console page: one h1, its actions, and the document title. */
export function PageContainer({ title, extra, description, children }: PageContainerProps) {
  useEffect(() => {
    document.title = `${title} · 崇心乐业`;
  }, [title]);
  return (
    <div className="page">
      <Flex className="page-header" justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {extra ? (
          <Flex wrap gap="small">
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {description ? <Typography.Paragraph className="page-description">{description}</Typography.Paragraph> : null}
      {children}
    </div>
  );
}
