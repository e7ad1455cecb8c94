/** WeChat's hosts, or the app's `apiBase` (the sandbox in development) standing in for all of them. */
export function hostsOf(apiBase: string): { api: string; open: string } {
  const base = apiBase.replace(/\/+$/, '');
  return base ? { api: base, open: base } : { api: 'https://api.weixin.qq.com', open: 'https://open.weixin.qq.com' };
}
