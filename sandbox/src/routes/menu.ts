import { jsonBody, type Router } from '../http/router';
import type { Runtime } from '../runtime';
import { OK, WxError } from '../wx/errors';
import { validateMenu } from '../wx/menu-rules';
import { appFromToken } from './guards';

/** Custom menu create / get / delete (reference §1.2). */
export function menuRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/menu/create', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    app.menu = validateMenu(jsonBody(ctx));
    return OK;
  });

  router.api('GET', '/cgi-bin/menu/get', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    if (!app.menu) throw new WxError(46003);
    return { menu: { button: app.menu } };
  });

  router.api('GET', '/cgi-bin/menu/delete', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    app.menu = null;
    return OK;
  });
}
