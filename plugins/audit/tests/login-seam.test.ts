import fs from 'fs';
import path from 'path';

/**
 * The admin's login captcha (cms/src/admin/login-captcha.ts) relies on how Strapi's login page
 * works, since it offers no extension point: the form has a `password` input and a submit button,
 * hands its values unchanged to the auth service, shows the server's error message, and the auth
 * service POSTs them as JSON to `/admin/login` through `window.fetch`. An upgrade of @strapi/admin
 * that changes any of this fails here, before operators find a login page without its captcha.
 */
const adminDist = path.dirname(require.resolve('@strapi/admin/package.json', { paths: [path.resolve(__dirname, '../../../cms')] }));
const read = (file: string) => fs.readFileSync(path.join(adminDist, 'dist/admin/admin/src', file), 'utf8');
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the seam of the login captcha in Strapi’s admin', () => {
  test.each(['mjs', 'js'])('the login form (Login.%s) submits its values as they are and shows the server’s message', (ext) => {
    const login = squeeze(read(`pages/Auth/components/Login.${ext}`));
    expect(login).toContain("name:'password'");
    expect(login).toContain('type:"submit"');
    expect(login).toMatch(/onSubmit:\(values\)=>\{handleLogin\(values\);?\}/);
    expect(login).toMatch(/constres=awaitlogin\(body\);/);
    expect(login).toMatch(/constmessage=res\.error\.message/);
    expect(login).toContain('setApiError(message)');
  });

  test.each(['mjs', 'js'])('the auth service (auth.%s) POSTs the form to /admin/login', (ext) => {
    expect(squeeze(read(`services/auth.${ext}`))).toMatch(/login:builder\.mutation\(\{query:\(body\)=>\(\{method:'POST',url:'\/admin\/login',data:body\}\)/);
  });

  test.each(['mjs', 'js'])('the fetch client (getFetchClient.%s) sends JSON bodies through window.fetch', (ext) => {
    const client = squeeze(read(`utils/getFetchClient.${ext}`));
    expect(client).toMatch(/body:isFormDataRequest\(data\)\?data:JSON\.stringify\(data\)/);
    expect(client).toMatch(/awaitfetch\(/);
  });

  test('the admin installs the captcha before the login page renders', () => {
    const app = fs.readFileSync(path.resolve(__dirname, '../../../cms/src/admin/app.tsx'), 'utf8');
    expect(app).toMatch(/installLoginCaptcha\(\);/);
  });
});
