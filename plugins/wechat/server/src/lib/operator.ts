/** Who did it, for audit columns: an admin (email) or an API token (name). */
export interface AuthState {
  user?: { id?: number; email?: string };
  auth?: { credentials?: { id?: number; name?: string } };
}

export function operatorOf(state: AuthState): string {
  if (state.user?.email) return `admin:${state.user.email}`;
  const token = state.auth?.credentials;
  if (token?.name) return `api-token:${token.name}`;
  if (token?.id) return `api-token:${token.id}`;
  return state.user?.id ? `user:${state.user.id}` : 'unknown';
}
