import type { Banner } from './types';

/** Where a banner leads, by its link type (external links cannot open inside a mini program). */
export function openBanner(banner: Banner | undefined): void {
  if (!banner?.linkValue) return;
  const value = banner.linkValue;
  const urls: Record<string, string> = {
    'goods-detail': `/pages/detail/index?id=${value}`,
    category: `/pages/list/index?category=${value}&title=${encodeURIComponent(banner.title)}`,
    'goods-list': `/pages/list/index?q=${encodeURIComponent(value)}&title=${encodeURIComponent(banner.title)}`,
    'miniprogram-page': value,
  };
  const url = urls[banner.linkType];
  if (url) wx.navigateTo({ url });
  else wx.setClipboardData({ data: value });
}
