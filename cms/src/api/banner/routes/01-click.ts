import { z } from 'zod';
import { documented } from '@wedraw/kit';

export default {
  routes: [
    documented(
      { method: 'POST', path: '/banners/:documentId/click', handler: 'banner.click', config: { policies: [] } },
      { summary: '记录一次轮播图点击', security: 'public', params: z.object({ documentId: z.string() }), body: 'none', responses: { 204: null } },
    ),
  ],
};
