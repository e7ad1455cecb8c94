import { startSandbox } from './server';
import { startSmtpSink } from './smtp/sink';
import { DEFAULT_FANS } from './state/demo-data';

/** `tsx src/main.ts [--fans N] [--wecom-members N] [--wecom-departments N] [--seed S] [--port P] [--host H] [--callback URL|demo|none] [--mode plain|compatible|safe] [--push-keep-alive on|off]` */
function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) continue;
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    out[key] = inline ?? argv[++i] ?? '';
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const fans = Number(args.fans ?? process.env.SANDBOX_FANS ?? DEFAULT_FANS);
  const callback = args.callback ?? process.env.SANDBOX_CALLBACK_URL ?? 'demo';
  const mode = (args.mode ?? process.env.SANDBOX_CALLBACK_MODE ?? 'safe') as 'plain' | 'compatible' | 'safe';
  const started = Date.now();
  const sandbox = await startSandbox({
    port: Number(args.port ?? process.env.SANDBOX_PORT ?? 7100),
    host: args.host ?? process.env.SANDBOX_HOST ?? '127.0.0.1',
    fans,
    wecom: {
      members: Number(args['wecom-members'] ?? process.env.SANDBOX_WECOM_MEMBERS ?? 200),
      departments: Number(args['wecom-departments'] ?? process.env.SANDBOX_WECOM_DEPARTMENTS ?? 13),
    },
    seed: args.seed ?? process.env.SANDBOX_SEED,
    callbackUrl: callback === 'none' ? undefined : callback,
    callbackMode: mode,
    push: { keepAlive: (args['push-keep-alive'] ?? process.env.SANDBOX_PUSH_KEEP_ALIVE ?? 'off') !== 'off' },
    pay: { notifyMsPerSecond: Number(args['pay-ms-per-second'] ?? process.env.SANDBOX_PAY_MS_PER_SECOND ?? 10) },
  });
  console.log(`[sandbox] WeChat sandbox on ${sandbox.url} (${fans} fans, ready in ${Date.now() - started} ms)`);
  for (const app of sandbox.apps) console.log(`[sandbox]   ${app.kind.padEnd(11)} ${app.appId}  secret ${app.secret}  ${app.name}`);
  for (const corp of sandbox.state.wecom.corps.values()) {
    const c = corp.config;
    console.log(`[sandbox]   wecom       ${c.corpId}  contacts ${c.contactsSecret}  customer ${c.customerSecret}  ${c.name} (${corp.members.size} members)`);
    for (const app of c.apps) console.log(`[sandbox]   wecom app   agentId ${app.agentId}  secret ${app.secret}  ${app.name}`);
  }
  for (const m of sandbox.state.pay.merchants.values())
    console.log(`[sandbox]   wechatpay   mchid ${m.mchId}  public key ${m.wechatpayPublicKeyId}  (credentials: GET /_sandbox/pay/merchant)`);
  const smtp = await startSmtpSink({
    port: Number(args['smtp-port'] ?? process.env.SANDBOX_SMTP_PORT ?? 7125),
    host: args.host ?? process.env.SANDBOX_HOST ?? '127.0.0.1',
  });
  smtp.received.push = (...mails) => {
    for (const m of mails) console.log(`[sandbox] smtp: ${m.from} → ${m.to.join(', ')} 「${m.subject}」`);
    return Array.prototype.push.apply(smtp.received, mails);
  };
  console.log(`[sandbox] SMTP sink on ${smtp.url} (the email channel's relay in development)`);
  console.log(`[sandbox] callbacks: ${callback === 'none' ? 'none' : `${callback} (${mode})`}; page: ${sandbox.url}/`);
  const stop = () => {
    void Promise.all([sandbox.close(), smtp.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error('[sandbox] failed to start:', err);
  process.exit(1);
});
