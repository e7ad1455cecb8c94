/**
 * What `npm run dev` prints once everything is up: one row per place, the same rows as the README's
 * table under "Quick start" (cms/tests/dev-script.test.ts compares the two).
 */

/**
 * @param {{ cmsUrl: string, sandboxUrl: string, h5Url: string | null, adminEmail: string, adminPassword: string }} where
 * @returns {{ what: string, url: string, note: string }[]}
 */
function devUrls({ cmsUrl, sandboxUrl, h5Url, adminEmail, adminPassword }) {
  return [
    { what: 'admin (运营后台)', url: `${cmsUrl}/admin`, note: `${adminEmail} / ${adminPassword}` },
    { what: 'mall API', url: `${cmsUrl}/api/mall/home`, note: '/api/goods, … (docs/api.md)' },
    { what: 'GraphQL', url: `${cmsUrl}/graphql`, note: 'catalogue types read-only, for API tokens; visitors: login, register, me' },
    {
      what: 'API documentation (Swagger UI, try it)',
      url: `${cmsUrl}/docs`,
      note: `also 接口文档 in the admin's menu; the document itself: ${cmsUrl}/openapi.json`,
    },
    { what: 'health', url: `${cmsUrl}/health`, note: '' },
    { what: 'metrics', url: `${cmsUrl}/metrics`, note: 'Prometheus text' },
    { what: 'WeChat sandbox', url: `${sandboxUrl}/`, note: 'apps, fans, sent template messages, a phone-like preview with the menu and the chat' },
    ...(h5Url ? [{ what: 'H5 mall', url: `${h5Url}/`, note: '' }] : []),
  ];
}

/** Columns a string takes in a terminal: Chinese characters and full-width punctuation take two. */
const columns = (text) =>
  [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

/** The banner lines, `[dev]   what   url   note`. */
function banner(rows) {
  const width = Math.max(...rows.map((r) => columns(r.what))) + 2;
  return rows.map((r) => `[dev]   ${r.what}${' '.repeat(width - columns(r.what))} ${r.url}${r.note ? `   ${r.note}` : ''}`);
}

module.exports = { devUrls, banner };
