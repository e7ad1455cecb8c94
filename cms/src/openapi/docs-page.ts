import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { CHINESE_LABELS } from './docs-zh';

/**
 * `/docs`: Swagger UI (swagger-ui-dist, from npm: no CDN) reading `/openapi.json`, with "try it"
 * on. Swagger UI has no Chinese locale, so `/docs/zh.js` puts its fixed labels into Chinese; the
 * document's own summaries and descriptions are Chinese already.
 */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WeDraw 接口文档</title>
<link rel="icon" href="/docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/zh.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: true,
  persistAuthorization: true,
  displayRequestDuration: true,
  docExpansion: 'list',
  filter: true,
});
`;

function swaggerUiDir(): string {
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

function serve(ctx: Context, type: string, body: string | Buffer) {
  ctx.type = type;
  ctx.set('Cache-Control', 'public, max-age=300');
  ctx.body = body;
}

/** The routes of /docs, registered by the CMS (no auth: the document is public, like /openapi.json). */
export function registerDocsPage(strapi: Core.Strapi): void {
  const dir = swaggerUiDir();
  strapi.server.routes([
    { method: 'GET', path: '/docs', handler: (ctx: Context) => serve(ctx, 'text/html; charset=utf-8', PAGE), config: { auth: false } },
    { method: 'GET', path: '/docs/init.js', handler: (ctx: Context) => serve(ctx, ASSETS['swagger-ui-bundle.js']!, INIT), config: { auth: false } },
    { method: 'GET', path: '/docs/zh.js', handler: (ctx: Context) => serve(ctx, ASSETS['swagger-ui-bundle.js']!, CHINESE_LABELS), config: { auth: false } },
    {
      method: 'GET',
      path: '/docs/assets/:file',
      handler: (ctx: Context) => {
        const type = ASSETS[ctx.params.file];
        if (!type) return ctx.notFound();
        serve(ctx, type, fs.readFileSync(path.join(dir, ctx.params.file)));
      },
      config: { auth: false },
    },
  ] as any);
}
