import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { pickEncoding } from '../utils/accept-encoding';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Compresses the server-rendered HTML (the JS and CSS files are pre-compressed at build time by
 * `nitro.compressPublicAssets`): the page carries its critical CSS inline, so its size is on the
 * first paint's path. A reverse proxy in front leaves an encoded response as it is.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    const type = String(response.headers?.['content-type'] ?? '');
    if (typeof response.body !== 'string' || !type.startsWith('text/html') || response.body.length < 1024) return;
    const encoding = pickEncoding(getRequestHeader(event, 'accept-encoding'));
    appendResponseHeader(event, 'vary', 'accept-encoding');
    if (!encoding) return;
    const body = Buffer.from(response.body);
    response.body =
      encoding === 'br'
        ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : await gz(body, { level: 6 });
    response.headers = { ...response.headers, 'content-encoding': encoding };
  });
});
