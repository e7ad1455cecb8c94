import type { Banner } from '@wedraw/contract';

export type BannerTarget = { kind: 'route'; to: string } | { kind: 'external'; href: string } | { kind: 'none'; notice?: string };

/**
 * Where a banner goes, for each link type of the content model: goods-list → the list filtered by
 * zone (or a search), goods-detail → the good, category → its goods, activity → a page of the H5,
 * an activity code without a page yet, and miniprogram-page → a notice (a browser cannot open them).
 */
export function bannerTarget(banner: Pick<Banner, 'linkType' | 'linkValue' | 'documentId'>): BannerTarget {
  const value = (banner.linkValue ?? '').trim();
  switch (banner.linkType) {
    case 'goods-detail':
      return value ? { kind: 'route', to: `/goods/${encodeURIComponent(value)}` } : { kind: 'none' };
    case 'category':
      return value ? { kind: 'route', to: `/goods?category=${encodeURIComponent(value)}` } : { kind: 'none' };
    case 'goods-list':
      return value ? { kind: 'route', to: `/goods?zone=${encodeURIComponent(value)}` } : { kind: 'route', to: '/goods' };
    case 'activity':
      if (value.startsWith('/') && !value.startsWith('//')) return { kind: 'route', to: value };
      if (/^https?:\/\//i.test(value)) return { kind: 'external', href: value };
      return { kind: 'none', notice: '活动即将开始，敬请期待' };
    case 'external':
      return /^https?:\/\//i.test(value) ? { kind: 'external', href: value } : { kind: 'none' };
    case 'miniprogram-page':
      return { kind: 'none', notice: '请在微信小程序中打开' };
    default:
      return { kind: 'none' };
  }
}

/** Counts the click (fire and forget) and follows the banner's link. */
export function useBannerLink() {
  const api = useApi();
  return async function open(banner: Banner): Promise<void> {
    api(`/banners/${banner.documentId}/click`, { method: 'POST' }).catch(() => undefined);
    const target = bannerTarget(banner);
    if (target.kind === 'route') await navigateTo(target.to);
    else if (target.kind === 'external') await navigateTo(target.href, { external: true });
    else if (target.notice) showToast(target.notice);
  };
}
