/// <reference lib="dom" />
/**
 * The graphic captcha of the admin login (plugins/audit). Strapi's login page has no extension
 * point for an extra field, so the admin wraps `window.fetch`: when a `POST /admin/login` answer
 * says a captcha is needed (`error.details.captchaRequired`), a captcha image and input appear
 * above the login button, and the next login request carries `captchaId` and `captcha`. The seam
 * (the login form's password input and submit button, the request Strapi's auth service sends) is
 * checked by plugins/audit/tests/login-seam.test.ts against the installed @strapi/admin.
 */
const WIDGET_ID = 'wedraw-login-captcha';

interface CaptchaState {
  id: string;
  input: HTMLInputElement;
}

let state: CaptchaState | null = null;

const backend = () => (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';

async function loadCaptcha(realFetch: typeof fetch, image: HTMLImageElement): Promise<string> {
  const res = await realFetch(`${backend()}/audit/captcha`, { headers: { Accept: 'application/json' } });
  const body = (await res.json()) as { data: { id: string; svg: string } };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(body.data.svg)}`;
  return body.data.id;
}

/** Shows (or refreshes) the captcha above the login form's submit button. */
async function showCaptcha(realFetch: typeof fetch): Promise<void> {
  const submit = document.querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!submit?.parentElement) return;
  let widget = document.getElementById(WIDGET_ID);
  if (!widget) {
    widget = document.createElement('div');
    widget.id = WIDGET_ID;
    widget.style.cssText = 'display:flex;flex-direction:column;gap:4px';
    widget.innerHTML =
      '<label for="wedraw-captcha-input" style="font-size:12px;font-weight:600">图形验证码</label>' +
      '<div style="display:flex;gap:8px;align-items:center">' +
      '<input id="wedraw-captcha-input" name="captcha" autocomplete="off" maxlength="8" placeholder="请输入图中字符" ' +
      'style="flex:1;height:40px;padding:0 12px;border:1px solid #dcdce4;border-radius:4px;font-size:14px" />' +
      '<img alt="验证码" title="看不清？点击换一张" style="height:40px;cursor:pointer;border-radius:4px" /></div>';
    submit.parentElement.insertBefore(widget, submit);
  }
  const input = widget.querySelector('input') as HTMLInputElement;
  const image = widget.querySelector('img') as HTMLImageElement;
  image.onclick = () => void showCaptcha(realFetch);
  input.value = '';
  state = { id: await loadCaptcha(realFetch, image), input };
}

function hideCaptcha(): void {
  document.getElementById(WIDGET_ID)?.remove();
  state = null;
}

const isLogin = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return (init?.method ?? 'GET').toUpperCase() === 'POST' && /\/admin\/login$/.test(url.split('?')[0] ?? '');
};

export function installLoginCaptcha(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!isLogin(input, init) || typeof init?.body !== 'string') return realFetch(input, init);
    const body = JSON.parse(init.body) as Record<string, unknown>;
    if (state && document.getElementById(WIDGET_ID)) Object.assign(body, { captchaId: state.id, captcha: state.input.value });
    const res = await realFetch(input, { ...init, body: JSON.stringify(body) });
    if (res.ok) hideCaptcha();
    else {
      const answer = (await res
        .clone()
        .json()
        .catch(() => null)) as { error?: { details?: { captchaRequired?: boolean } } } | null;
      // Every captcha is good for one try: a refused login shows a fresh one.
      if (answer?.error?.details?.captchaRequired || state) await showCaptcha(realFetch).catch(() => undefined);
    }
    return res;
  };
}
