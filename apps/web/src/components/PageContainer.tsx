import { Breadcrumb, Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import type { Crumb } from '../lib/list-return.ts';

interface PageContainerProps {
  title: string;
  /** Buttons at the right of the title (they wrap under it on a phone). */
  extra?: ReactNode;
  description?: ReactNode;
  /**
   * The steps above this page (劳动力资源 / 人员名册); the page's own title is added last. A step to
   * a list comes from `listCrumb`, which keeps the filters the list last had.
   */
  breadcrumb?: readonly Crumb[];
  children: ReactNode;
}

/** Every console page: one h1, its actions, and the document title. */
export function PageContainer({ title, extra, description, breadcrumb, children }: PageContainerProps) {
  useEffect(() => {
    document.title = `${title} · 崇心乐业`;
  }, [title]);
  return (
    <div className="page">
      {breadcrumb ? (
        <Breadcrumb
          aria-label="当前位置"
          className="page-breadcrumb"
          items={[
            ...breadcrumb.map((crumb) => ({ title: crumb.to ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title })),
            { title: <span aria-current="page">{title}</span> },
          ]}
        />
      ) : null}
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
