import { AdminError } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { WxError } from '../../wx/errors';
import type { CorpState } from '../state/corp-state';

export function adminCorp(rt: Runtime, corpId: unknown): CorpState {
  const corp = typeof corpId === 'string' ? rt.state.wecom.corps.get(corpId) : undefined;
  if (!corp) throw new AdminError(404, `no corp ${String(corpId)}`);
  return corp;
}

/** Runs a console change: WeCom's refusal (an errcode) becomes 409 `{error}` naming it. */
export function consoleChange<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof WxError) throw new AdminError(409, `${err.errcode} ${err.errmsg}`);
    throw err;
  }
}

/** A corp as `GET /_sandbox/wecom/corps` shows it: credentials, callback, switches, sizes. */
export function corpSummary(corp: CorpState) {
  return {
    ...corp.config,
    callback: corp.callback,
    switches: corp.switches,
    departments: corp.departments.size,
    members: corp.members.size,
    tags: corp.tags.size,
  };
}
