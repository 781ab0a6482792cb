import type { ErrorCode } from '@jobcircle/domain';
import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage, isApiError } from '../../lib/api.ts';

interface FormModalProps {
  title: string;
  okText: string;
  /** Submits the form inside (`() => form.submit()`). */
  onOk: () => void;
  onClose: () => void;
  submitting: boolean;
  /** The request's error and the server's messages that name no field (from useServerForm). */
  error: unknown;
  leftovers: string[];
  /** Codes the form shows on its fields, so not above them (VALIDATION_FAILED always). */
  fieldErrorCodes?: readonly ErrorCode[];
  width?: number;
  children: ReactNode;
}

/** A small form in a dialog: the server's answer above the fields, closed only by its buttons. */
export function FormModal({
  title,
  okText,
  onOk,
  onClose,
  submitting,
  error,
  leftovers,
  fieldErrorCodes = [],
  width,
  children,
}: FormModalProps) {
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={submitting}
      maskClosable={false}
    >
      {error && !isApiError(error, 'VALIDATION_FAILED', ...fieldErrorCodes) ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(error)} style={{ marginBottom: 12 }} />
      ) : null}
      {leftovers.length > 0 ? <Alert type="error" showIcon role="alert" title={leftovers.join('；')} style={{ marginBottom: 12 }} /> : null}
      {children}
    </Modal>
  );
}
