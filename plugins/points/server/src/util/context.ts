export interface Ctx {
  state: {
    user?: { id: number; email?: string; firstname?: string; lastname?: string; username?: string };
    auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } };
  };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  status: number;
  body: unknown;
}
