import type { Core } from '@strapi/strapi';
import { mpSubscribeChannel } from './mp-subscribe';
import { oaCustomChannel } from './oa-custom';
import { oaTemplateChannel } from './oa-template';

/** Registers WeChat's channels (`oa-template`, `oa-custom`, `mp-subscribe`) when the message center is installed. */
export function registerMessageChannels(strapi: Core.Strapi): void {
  const center = strapi.plugin('messaging');
  if (!center) return;
  for (const channel of [oaTemplateChannel(strapi), oaCustomChannel(strapi), mpSubscribeChannel(strapi)]) center.service('channels').register(channel);
}
