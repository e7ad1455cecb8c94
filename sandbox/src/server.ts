import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Reply } from './http/reply';
import { DEFAULT_PAY, PayNotifier, type PayOptions } from './pay/notifier';
import { payRoutes } from './pay/routes/index';
import { Router } from './http/router';
import { DEFAULT_PUSH, PushService, type PushOptions } from './push/service';
import { adminAppRoutes } from './routes/admin-apps';
import { adminToolRoutes } from './routes/admin-tools';
import { consentRoutes } from './routes/consent';
import { demoServerRoutes } from './routes/demo-server';
import { menuRoutes } from './routes/menu';
import { oauthRoutes } from './routes/oauth';
import { pageRoutes } from './routes/page';
import { tagRoutes } from './routes/tags';
import { templateRoutes } from './routes/templates';
import { tokenRoutes } from './routes/token';
import { userRoutes } from './routes/users';
import type { Runtime } from './runtime';
import { SandboxState, type StateOptions } from './state/sandbox-state';
import type { AppConfig } from './state/types';
import { errorBody } from './wx/errors';
import { WecomPushService } from './wecom/push/service';
import { wecomRoutes } from './wecom/routes/index';
import { dingtalkRoutes } from './dingtalk/routes';

export interface SandboxOptions extends StateOptions {
  /** 0 = a random free port. Default 7100. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  push?: Partial<PushOptions>;
  /** WeChat Pay notifications and refunds (time-compressed retry schedule). */
  pay?: Partial<PayOptions>;
}

export interface RunningSandbox {
  /** `http://host:port`, the base for every WeChat host (api, open, mp) and the admin API. */
  url: string;
  host: string;
  port: number;
  /** The configured apps with their credentials. */
  apps: AppConfig[];
  /** In-process access to the state (tests should prefer the HTTP admin API). */
  state: SandboxState;
  /** Back to the demo data; clears tokens, codes, messages, pushes, counters, faults, clock. */
  reset(options?: Partial<StateOptions>): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function appIdHint(rt: Runtime, ctx: { query: URLSearchParams }): string | undefined {
  const token = ctx.query.get('access_token');
  return ctx.query.get('appid') ?? ctx.query.get('corpid') ?? (token ? (rt.state.tokens.peek(token) ?? rt.state.wecom.tokens.peek(token)?.corpId) : undefined);
}

function buildRouter(rt: Runtime): Router {
  const router = new Router({
    async before(pattern, ctx) {
      const fault = rt.state.faults.take(pattern, appIdHint(rt, ctx));
      if (!fault) return undefined;
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.drop) return 'drop';
      if (fault.status) {
        rt.state.counters.record(pattern, -1, appIdHint(rt, ctx));
        return new Reply(fault.status, '', 'text/plain');
      }
      if (fault.errcode === undefined) return undefined;
      rt.state.counters.record(pattern, fault.errcode, appIdHint(rt, ctx));
      return Reply.json(200, errorBody(fault.errcode, fault.errmsg));
    },
    after(pattern, ctx, errcode) {
      rt.state.counters.record(pattern, errcode, ctx.appId ?? appIdHint(rt, ctx));
    },
  });
  for (const routes of [
    wecomRoutes,
    payRoutes,
    dingtalkRoutes,
    tokenRoutes,
    menuRoutes,
    userRoutes,
    tagRoutes,
    templateRoutes,
    oauthRoutes,
    consentRoutes,
    adminAppRoutes,
    adminToolRoutes,
    demoServerRoutes,
    pageRoutes,
  ]) {
    routes(router, rt);
  }
  return router;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/** Starts the sandbox on a port and returns its URL and a way to stop it. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = new SandboxState(options);
  const push = new PushService(state, { ...DEFAULT_PUSH, ...options.push });
  const wecomPush = new WecomPushService(() => state.wecom, state.clock, { ...DEFAULT_PUSH, ...options.push });
  const payNotifier = new PayNotifier(() => state.pay, state.clock, { ...DEFAULT_PAY, ...options.pay });
  const rt: Runtime = { state, push, wecomPush, payNotifier };
  const router = buildRouter(rt);
  const server = createServer((req, res) => {
    router.handle(req, res).catch((err) => {
      console.error('[sandbox] request failed', err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Idle client connections are kept for a minute, as API front ends do (clients reuse them instead of
  // connecting for every call); stopping closes them all at once.
  server.keepAliveTimeout = 60_000;
  const host = options.host ?? '127.0.0.1';
  const address = await listen(server, options.port ?? 7100, host);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  push.origin = url;
  return {
    url,
    host,
    port: address.port,
    get apps() {
      return state.appList.map((a) => ({ ...a.config }));
    },
    state,
    reset: (o) => state.reset(o),
    async close() {
      await push.close();
      wecomPush.close();
      payNotifier.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
