/**
 * The contract's types held against the client types openapi-typescript generates from the
 * OpenAPI document (openapi.ts, `npm run openapi`): when the document and the contract disagree
 * on a field, `tsc` fails here — in the contract's build, and in the H5's and the mini program's
 * type checks, which compile this package.
 */
import type { components, paths } from './openapi';
import type * as C from './types';

type Same<A, B> = [A] extends [never] ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Fits<A, B> = [A] extends [never] ? false : [A] extends [B] ? true : false;
type Holds<T extends true> = T;
type Schema = components['schemas'];
/** The JSON body of an operation's answer with status S (never when there is none). */
type Answer<Op, S extends number> = Op extends { responses: infer R }
  ? S extends keyof R
    ? R[S] extends { content: { 'application/json': infer T } }
      ? T
      : never
    : never
  : never;
type Json<P extends keyof paths, M extends keyof paths[P], S extends number> = Answer<paths[P][M], S>;
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type ContractMatchesDocument = [
  Holds<Same<C.GoodCard, Schema['GoodCard']>>,
  Holds<Same<C.GoodDetail, Schema['GoodDetail']>>,
  Holds<Same<C.Sku, Schema['Sku']>>,
  Holds<Same<C.Banner, Schema['Banner']>>,
  Holds<Same<C.Category, Schema['Category']>>,
  Holds<Same<C.MallHome, Schema['MallHome']>>,
  Holds<Same<C.LoginResult, Schema['LoginResult']>>,
  Holds<Same<C.PointsSummary, Schema['PointsSummary']>>,
  Holds<Same<C.LedgerLine, Schema['LedgerLine']>>,
  Holds<Same<C.CheckinResult, Schema['CheckinResult']>>,
  Holds<Same<C.Address, Schema['Address']>>,
  Holds<Same<C.OrderStatus, Schema['OrderStatus']>>,
  Holds<Same<C.ExchangeOrder, Schema['ExchangeOrder']>>,
  Holds<Same<C.Pagination, Schema['PaginationMeta']['pagination']>>,
  // The routes answer the contract's shapes in their envelopes…
  Holds<Same<{ data: C.MallHome }, Json<'/mall/home', 'get', 200>>>,
  Holds<Fits<Json<'/goods', 'get', 200>, C.Paginated<C.GoodCard>>>,
  Holds<Same<{ data: C.GoodDetail }, Json<'/goods/{documentId}', 'get', 200>>>,
  Holds<Same<{ data: C.Category[] }, Json<'/categories/tree', 'get', 200>>>,
  Holds<Fits<Json<'/zones/{code}/goods', 'get', 200>, C.Paginated<C.GoodCard>>>,
  Holds<Same<{ data: C.PointsSummary }, Json<'/points/me', 'get', 200>>>,
  Holds<Fits<Json<'/points/me/transactions', 'get', 200>, C.Paginated<C.LedgerLine>>>,
  Holds<Same<{ data: C.CheckinResult }, Json<'/points/checkin', 'post', 200>>>,
  Holds<Same<{ data: C.ExchangeOrder }, Json<'/points/exchanges', 'post', 201>>>,
  Holds<Fits<Json<'/points/exchanges', 'get', 200>, C.Paginated<C.ExchangeOrder>>>,
  Holds<Same<{ data: C.Address[] }, Json<'/addresses', 'get', 200>>>,
  Holds<Same<{ data: C.Address }, Json<'/addresses', 'post', 201>>>,
  Holds<Same<C.LoginResult, Json<'/wechat/oauth/login', 'post', 200>>>,
  Holds<Same<C.LoginResult, Json<'/wechat/miniprogram/login', 'post', 200>>>,
  // …and take what the clients send.
  Holds<Fits<C.AddressInput, Body<'/addresses', 'post'>>>,
];
