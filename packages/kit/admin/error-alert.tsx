import { Alert } from '@strapi/design-system';

/** A page's last error, in red above its content, until the operator closes it; nothing when there is none. */
export function ErrorAlert({ error, onClose }: { error: string | null; onClose: () => void }) {
  if (!error) return null;
  return (
    <Alert variant="danger" title="出错了" closeLabel="关闭" onClose={onClose}>
      {error}
    </Alert>
  );
}
