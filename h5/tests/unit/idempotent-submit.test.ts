import { describe, expect, test, vi } from 'vitest';
import { useIdempotentSubmit } from '~/composables/useIdempotentSubmit';

const conflict = { statusCode: 409, data: { error: { status: 409, name: 'InsufficientPoints', message: '积分不足' } } };

describe('useIdempotentSubmit (立即兑换)', () => {
  test('a double tap sends once, with one key', async () => {
    let finish!: (v: string) => void;
    const send = vi.fn((_key: string) => new Promise<string>((r) => (finish = r)));
    const { submit, submitting } = useIdempotentSubmit(send);
    const first = submit();
    const second = submit();
    expect(submitting.value).toBe(true);
    finish('P1');
    await expect(first).resolves.toBe('P1');
    await expect(second).resolves.toBe('P1');
    expect(send).toHaveBeenCalledTimes(1);
    expect(submitting.value).toBe(false);
  });

  test('after a network failure the retry keeps the key (the server answers with the first order)', async () => {
    const send = vi.fn().mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValueOnce('P1');
    const { submit } = useIdempotentSubmit(send);
    await expect(submit()).rejects.toThrow('fetch failed');
    await submit();
    expect(send.mock.calls[0]![0]).toBe(send.mock.calls[1]![0]);
  });

  test('after a 409 (nothing written) the next attempt is a new intent with a new key', async () => {
    const send = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValueOnce('P2');
    const { submit } = useIdempotentSubmit(send);
    await expect(submit()).rejects.toBe(conflict);
    await submit();
    expect(send.mock.calls[0]![0]).not.toBe(send.mock.calls[1]![0]);
    expect(send.mock.calls[1]![0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
