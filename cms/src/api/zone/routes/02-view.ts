import { documented } from '@wedraw/kit';
import { zoneParams } from '../controllers/zone';

export default {
  routes: [
    documented(
      { method: 'POST', path: '/zones/:code/view', handler: 'zone.view', config: { policies: [] } },
      { summary: '记录一次专区浏览（打开专区商品页）', security: 'public', params: zoneParams, body: 'none', responses: { 204: null } },
    ),
  ],
};
