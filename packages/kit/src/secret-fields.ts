/**
 * Request body fields that hold a credential although their names do not say so (a 通知对象's `to`
 * when it is a webhook URL or a DingTalk robot's token). A controller marks them; the operation log
 * masks them like the fields whose names say `secret`, `token`, `key`…
 */
const STATE_KEY = 'secretFields';

interface WithState {
  state?: Record<string, unknown>;
}

export function markSecretFields(ctx: WithState, ...fields: string[]): void {
  if (!ctx.state) return;
  const marked = (ctx.state[STATE_KEY] as string[] | undefined) ?? [];
  ctx.state[STATE_KEY] = [...marked, ...fields];
}

/** The fields marked on this request (none by default). */
export const secretFieldsOf = (ctx: WithState): string[] => (ctx.state?.[STATE_KEY] as string[] | undefined) ?? [];
