import { Card } from 'antd';
import type { ReactNode } from 'react';

/** One titled part of a long form (基本信息, 地址与位置…), with an h2 for the page outline. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="form-section" title={<h2 className="card-heading">{title}</h2>}>
      {children}
    </Card>
  );
}
