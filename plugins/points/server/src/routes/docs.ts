import { z } from 'zod';
import { checkinResultShape, dataOf, exchangeOrderShape, ledgerLineShape, pageOf, pagination, pointsSummaryShape, type RouteDoc } from '@wedraw/kit';
import { createBody, listQuery, orderNoParam } from '../controllers/exchange';
import { adjustmentBody } from '../util/adjustment';

const order = dataOf(exchangeOrderShape);

const adminLine = ledgerLineShape.extend({
  refId: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  operator: z.string().nullable(),
  remaining: z.number().int().nullable(),
  day: z.string().nullable(),
});

/** The OpenAPI documentation of the content-API routes (the CMS's /openapi.json and /docs). */
export const DOCS = {
  summary: { summary: '我的积分：余额、累计、即将过期、今日是否已签到', security: 'user', responses: { 200: dataOf(pointsSummaryShape) } },
  transactions: { summary: '我的积分流水（新的在前，分页）', security: 'user', query: pagination, responses: { 200: pageOf(ledgerLineShape) } },
  checkin: {
    summary: '每日签到',
    description: '每个自然日（Asia/Shanghai）一次，并发下也只成功一次；连续签到按规则加奖励。',
    security: 'user',
    body: 'none',
    responses: { 200: dataOf(checkinResultShape) },
    errors: { 409: ['AlreadyCheckedIn', 'RuleDisabled'] },
  },
  exchange: {
    summary: '积分兑换商品（下单）',
    description: '一个数据库事务内：扣积分、减库存、建订单；任何失败都不写入。相同 `idempotencyKey` 再次提交返回第一次的订单（200），不再写入。',
    security: 'user',
    body: createBody,
    responses: { 201: order, 200: order },
    errors: { 404: ['NotFoundError'], 409: ['InsufficientPoints', 'OutOfStock', 'LimitExceeded', 'NotOnShelf', 'PriceChanged'] },
  },
  orders: { summary: '我的兑换订单（新的在前，分页）', security: 'user', query: listQuery, responses: { 200: pageOf(exchangeOrderShape) } },
  order: { summary: '一个兑换订单（仅本人的）', security: 'user', params: orderNoParam, responses: { 200: order } },
  cancel: {
    summary: '取消兑换订单',
    description: '待审核或待发货的订单可取消：积分退还、库存恢复，在同一事务内完成。',
    security: 'user',
    params: orderNoParam,
    body: 'none',
    responses: { 200: order },
    errors: { 409: ['NotCancellable'] },
  },
  adjustment: {
    summary: '人工调整积分（API 令牌）',
    description: '需要授予了该权限的 API 令牌；访客角色永远没有。相同 `idempotencyKey` 返回第一次的流水（200）。',
    security: 'apiToken',
    body: adjustmentBody,
    responses: { 201: dataOf(adminLine), 200: dataOf(adminLine) },
    errors: { 404: ['NotFoundError'], 409: ['InsufficientPoints'] },
  },
} satisfies Record<string, RouteDoc>;
