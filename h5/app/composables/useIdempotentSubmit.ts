/**
 * One intent, one write: a key made once per intent travels with every attempt, and a second tap
 * while the first request is in flight is ignored (it gets the same promise). After an answer that
 * wrote nothing (a 4xx), the next attempt is a new intent with a new key; after a network failure
 * the outcome is unknown, so the retry keeps the key and the server answers with the first result.
 */
export function useIdempotentSubmit<T>(send: (idempotencyKey: string) => Promise<T>) {
  const submitting = ref(false);
  let key = newKey();
  let inFlight: Promise<T> | null = null;

  function submit(): Promise<T> {
    if (inFlight) return inFlight;
    submitting.value = true;
    inFlight = send(key)
      .catch((err: unknown) => {
        const status = toApiError(err).status;
        if (status >= 400 && status < 500) key = newKey();
        throw err;
      })
      .finally(() => {
        inFlight = null;
        submitting.value = false;
      });
    return inFlight;
  }

  return { submit, submitting, currentKey: () => key };
}

export function newKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
