import { execFile } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { promisify } from 'util';
import { bootStack, createTenant, stopStack, type Stack, type TenantKeys } from './helpers';

/**
 * The signed-request example of the READMEs, run exactly as written (bash, openssl, curl) against a
 * test stack whose tenant requires signatures: only the key, the secret and the host are filled in.
 */
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
let stack: Stack;
let tenant: TenantKeys;

/** The ```sh block of a README that sends the signature headers. */
function signingBlock(file: string): string {
  const text = readFileSync(file, 'utf8');
  const block = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string).find((b) => b.includes('X-WeDraw-Signature'));
  if (!block) throw new Error(`${file}: no signing example`);
  return block;
}

async function runBlock(block: string, key: string, secret: string): Promise<{ error?: { name: string }; data?: { id: string; status: string } }> {
  expect(block.split('\n')[0]).toBe('KEY=wdk_...; SECRET=wds_...');
  const script = block.replace('KEY=wdk_...; SECRET=wds_...', `KEY='${key}'; SECRET='${secret}'`).replace('http://localhost:1337', stack.cms.url);
  const { stdout } = await run('bash', ['-c', script], { timeout: 20_000 });
  return JSON.parse(stdout) as { error?: { name: string }; data?: { id: string; status: string } };
}

beforeAll(async () => {
  stack = await bootStack();
  tenant = await createTenant(stack, { requireSignature: true });
}, 180_000);
afterAll(async () => {
  await stopStack(stack);
});

test.each([['README.md'], ['plugins/messaging/README.md']])('the example of %s is accepted as signed; the same with a wrong secret is 401', async (file) => {
  const block = signingBlock(path.join(ROOT, file));
  const ok = await runBlock(block, tenant.key, tenant.secret);
  expect(ok.data).toMatchObject({ id: expect.any(String), status: 'pending' });
  const wrong = await runBlock(block, tenant.key, `${tenant.secret}x`);
  expect(wrong.error).toMatchObject({ name: 'InvalidSignature' });
});
