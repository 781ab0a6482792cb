import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

/** The buttons under a form: submit first, then the others (cancel…). */
export function FormActions({ submitText, submitting, children }: { submitText: string; submitting: boolean; children?: ReactNode }) {
  return (
    <Flex gap="small" wrap className="form-actions">
      <Button type="primary" htmlType="submit" loading={submitting}>
        {submitText}
      </Button>
      {children}
    </Flex>
  );
}
