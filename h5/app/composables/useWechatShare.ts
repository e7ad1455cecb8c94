/** What a shared page shows in the chat card. */
export interface ShareInfo {
  title: string;
  desc?: string;
  imgUrl?: string | null;
}

interface WxSdk {
  config(options: Record<string, unknown>): void;
  ready(fn: () => void): void;
  error(fn: (res: unknown) => void): void;
  updateAppMessageShareData(options: Record<string, unknown>): void;
  updateTimelineShareData(options: Record<string, unknown>): void;
}

let sdk: Promise<WxSdk | null> | null = null;

export function insideWechat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}

function loadSdk(src: string): Promise<WxSdk | null> {
  sdk ??= new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve((window as unknown as { wx?: WxSdk }).wx ?? null);
    script.onerror = () => resolve(null);
    document.head.appendChild(script);
  });
  return sdk;
}

/**
 * Inside WeChat: `wx.config` with the CMS's signature of this page's URL, then the share card of
 * the page. Anywhere else (or with the SDK turned off) it does nothing; failures never break the page.
 */
export function useWechatShare(info: () => ShareInfo) {
  const config = useRuntimeConfig();
  const api = useApi();
  onMounted(async () => {
    const src = config.public.jssdkUrl as string;
    if (!src || !insideWechat(navigator.userAgent)) return;
    try {
      const url = window.location.href.split('#')[0]!;
      const [wx, signed] = await Promise.all([
        loadSdk(src),
        api<{ appId: string; timestamp: number; nonceStr: string; signature: string }>('/wechat/jssdk-config', { query: { url } }),
      ]);
      if (!wx) return;
      wx.config({ debug: false, ...signed, jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
      wx.ready(() => {
        const { title, desc = '', imgUrl } = info();
        const card = { title, desc, link: url, imgUrl: imgUrl ?? '' };
        wx.updateAppMessageShareData(card);
        wx.updateTimelineShareData(card);
      });
    } catch {
      // Sharing is a nicety: the page works without it.
    }
  });
}
