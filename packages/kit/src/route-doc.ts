import { z, type AnyZodObject, type ZodTypeAny } from 'zod';

/**
 * How a route is documented in the CMS's OpenAPI document (`/openapi.json`, `/docs`). A route
 * object carries its doc under `openapi` (see `documented`); the CMS's generator walks every API's
 * and plugin's content-API routes and builds each operation from it. The zod schemas are the ones
 * the controller parses with (export them from the controller and use them here), so the document
 * cannot drift from what the route accepts.
 */

/** Who may call a route. Several entries: any one of them. */
export type RouteSecurity =
  /** Anyone: no credentials. */
  | 'public'
  /** A visitor logged in through users-permissions: `Authorization: Bearer <jwt>`. */
  | 'user'
  /** A Strapi API token (Settings → API Tokens) holding the route's permission. */
  | 'apiToken'
  /** An integrating system's tenant key, with the X-WeDraw-* signature headers when its tenant requires them. */
  | 'tenant'
  /** WeChat's, WeCom's or WeChat Pay's servers: no credentials, a signature in the query or headers instead. */
  | 'callback';

/** A success answer: the zod schema of its JSON body, `null` for no content, or another media type. */
export type SuccessDoc = ZodTypeAny | null | { description: string; contentType: string; schema: ZodTypeAny };

export type SuccessStatus = 200 | 201 | 202 | 204;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 502 | 503;

export interface RouteDoc {
  /** One line, in Chinese. */
  summary: string;
  /** Markdown, in Chinese: rules a caller must know. */
  description?: string;
  security: RouteSecurity | RouteSecurity[];
  params?: AnyZodObject;
  query?: AnyZodObject;
  /**
   * The JSON body (`bodyType` when it is not JSON: WeChat's XML pushes). A POST/PUT/PATCH that
   * reads no body says `'none'`: a write route that says nothing fails the document's test.
   */
  body?: ZodTypeAny | 'none';
  bodyType?: string;
  /** Extra request headers (signature headers of a callback, idempotency keys…). */
  headers?: AnyZodObject;
  /** Omitted: the route declares Strapi's own `response` (zod from @strapi/utils), which is kept. */
  responses?: Partial<Record<SuccessStatus, SuccessDoc>>;
  /**
   * The `error.name`s each error status can carry. 400 ValidationError is implied by a params,
   * query or body schema; 401/403 by the security; 404 NotFound by path params; 429 RateLimited
   * by any write.
   */
  errors?: Partial<Record<ErrorStatus, string[]>>;
}

/** The same route object, carrying its documentation. */
export function documented<R extends object>(route: R, openapi: RouteDoc): R & { openapi: RouteDoc } {
  return Object.assign(route, { openapi });
}

/** `{data: T}`: the envelope of one record. */
export const dataOf = <T extends ZodTypeAny>(schema: T) => z.object({ data: schema });

export const paginationMetaShape = z.object({
  pagination: z.object({
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
    total: z.number().int(),
  }),
});

/** `{data: T[], meta: {pagination}}`: a page of a list. */
export const pageOf = <T extends ZodTypeAny>(schema: T) => z.object({ data: z.array(schema), meta: paginationMetaShape });
