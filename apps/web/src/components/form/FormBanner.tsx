import { Alert, Button } from 'antd';
import { errorMessage, isApiError } from '../../lib/api.ts';

interface FormBannerProps {
  error: unknown;
  /** Messages of the server that name no field of the form. */
  leftovers: string[];
  onReload?: () => void;
}

/** Above a form: the server's answer when it is not about one field (conflict, permission, network…). */
export function FormBanner({ error, leftovers, onReload }: FormBannerProps) {
  if (!error) return null;
  if (isApiError(error, 'VERSION_CONFLICT')) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        className="form-banner"
        title={errorMessage(error)}
        description="您的输入仍保留在表单中。可先记下您的修改，再载入最新内容后重新填写。"
        action={
          onReload ? (
            <Button onClick={onReload} danger>
              载入最新内容
            </Button>
          ) : null
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="form-banner"
      title={errorMessage(error)}
      description={
        leftovers.length > 0 ? (
          <ul className="banner-list">
            {leftovers.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
