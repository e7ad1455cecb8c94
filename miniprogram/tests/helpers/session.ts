import { TOKEN_KEY } from '../../miniprogram/utils/config';
import type { Phone } from './phone';

/** The mini program's own API module, loaded fresh (tests reset modules between renders). */
export function api(): typeof import('../../miniprogram/utils/api') {
  return require('../../miniprogram/utils/api');
}

/** The JWT the mini program keeps after wx.login. */
export function jwtOf(phone: Phone): string {
  return phone.storage.get(TOKEN_KEY) as string;
}
