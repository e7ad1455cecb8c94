import { z } from 'zod';
import { addressShape, dataOf, documented } from '@wedraw/kit';
import { addressBody, documentIdParam } from '../controllers/address';

/** A fresh object per route: Strapi writes each route's auth scope into its config. */
const writeLimited = () => ({ middlewares: ['global::user-write-limit'] });
const one = dataOf(addressShape);

export default {
  routes: [
    documented(
      { method: 'GET', path: '/addresses', handler: 'address.listOwn' },
      { summary: '我的收货地址（默认地址在前）', security: 'user', responses: { 200: dataOf(z.array(addressShape)) } },
    ),
    documented(
      { method: 'POST', path: '/addresses', handler: 'address.createOwn', config: writeLimited() },
      { summary: '新增收货地址', description: '第一个地址自动成为默认地址。', security: 'user', body: addressBody, responses: { 201: one } },
    ),
    documented(
      { method: 'GET', path: '/addresses/:documentId', handler: 'address.findOwn' },
      { summary: '一个收货地址（仅本人的）', security: 'user', params: documentIdParam, responses: { 200: one } },
    ),
    documented(
      { method: 'PUT', path: '/addresses/:documentId', handler: 'address.updateOwn', config: writeLimited() },
      { summary: '修改收货地址（仅本人的）', security: 'user', params: documentIdParam, body: addressBody.partial(), responses: { 200: one } },
    ),
    documented(
      { method: 'DELETE', path: '/addresses/:documentId', handler: 'address.deleteOwn', config: writeLimited() },
      { summary: '删除收货地址（仅本人的）', security: 'user', params: documentIdParam, responses: { 200: one } },
    ),
  ],
};
