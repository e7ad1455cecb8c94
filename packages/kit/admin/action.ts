import { useState } from 'react';
import { useNotification } from '@strapi/strapi/admin';

/** The Chinese message of a refused admin call (the API's `error.message`), or a generic one. */
export const messageOf = (err: unknown) =>
  (err as { response?: { data?: { error?: { message?: string } } } })?.response?.data?.error?.message ?? '操作失败，请稍后再试';

/**
 * An operator action: run it, say `done` and reload when it worked, show the API's message when it
 * did not (`onError` may reload too); `busy` while it runs.
 */
export function useAction(reload: () => Promise<unknown>, onError?: () => Promise<unknown>) {
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  const act = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      toggleNotification({ type: 'success', message: done });
      await reload();
    } catch (err) {
      toggleNotification({ type: 'danger', message: messageOf(err) });
      await onError?.().catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };
  return { act, busy };
}
