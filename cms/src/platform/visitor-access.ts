import type { Core } from '@strapi/strapi';

/**
 * What a visitor (users-permissions roles Public and Authenticated) may reach, declared once per
 * content type in its schema: `"pluginOptions": { "wedraw": { "visibility": …, "owner": … } }`.
 *
 * - `catalogue`: public catalogue data (goods, categories…). Read through the mall's own REST
 *   routes; in GraphQL read-only, for API tokens.
 * - `owner`: each record belongs to one user (`owner` names the relation to the user). Only the
 *   owner-scoped REST routes reach it (`ownerWhere`); it is not in the GraphQL schema.
 * - anything else, or nothing: private. Admin pages, plugin services and API tokens only; not in
 *   the GraphQL schema. A new content type is private until it says otherwise.
 *
 * Visitor roles never hold the generic CRUD actions of a content type (`<uid>.find`, `.create`…):
 * those are what Strapi's generated REST and GraphQL resolvers check, and they run no owner rule.
 * Visitor routes are named actions of their own (`address.listOwn`, `good.list`), see `assertVisitorAction`.
 */
export type Visibility = 'catalogue' | 'owner' | 'private';

const USER_UID = 'plugin::users-permissions.user';

/** Types Strapi and its own plugins define: their GraphQL exposure is theirs, guarded by actions visitors never get. */
const STRAPI_OWN = /^(admin|strapi)::|^plugin::(users-permissions|upload|i18n|content-releases|review-workflows|graphql)\./;

/** The verbs Strapi's generated REST and GraphQL resolvers check (`${uid}.${verb}`). */
const GENERIC_VERBS = new Set(['find', 'findOne', 'create', 'update', 'delete']);

interface WeDrawOptions {
  visibility?: string;
  owner?: string;
}

function optionsOf(contentType: { pluginOptions?: Record<string, unknown> }): WeDrawOptions {
  return (contentType.pluginOptions?.wedraw as WeDrawOptions | undefined) ?? {};
}

export function visibilityOf(contentType: { pluginOptions?: Record<string, unknown> }): Visibility {
  const { visibility } = optionsOf(contentType);
  return visibility === 'catalogue' || visibility === 'owner' ? visibility : 'private';
}

/** WeDraw's own content types (the app's and local plugins'), with their uid. */
function ownContentTypes(strapi: Core.Strapi) {
  return Object.entries(strapi.contentTypes as Record<string, any>).filter(([uid]) => !STRAPI_OWN.test(uid));
}

/**
 * Check the declarations at register: an owner type names a private relation to the user (so the
 * owner id is never serialized). A wrong declaration stops the boot rather than leaking.
 */
export function checkVisibilityDeclarations(strapi: Core.Strapi): void {
  for (const [uid, contentType] of ownContentTypes(strapi)) {
    if (visibilityOf(contentType) !== 'owner') continue;
    const field = optionsOf(contentType).owner;
    const attribute = field ? contentType.attributes?.[field] : undefined;
    if (!attribute || attribute.type !== 'relation' || attribute.target !== USER_UID || attribute.private !== true) {
      throw new Error(`${uid}: pluginOptions.wedraw.owner must name a private relation to ${USER_UID}`);
    }
  }
}

/**
 * The GraphQL schema offers only catalogue types, read-only. Owner and private types are left out
 * entirely: the generated resolvers call the document service directly and would skip any rule the
 * REST controllers apply. Called in register, before the GraphQL plugin builds its schema.
 */
export function limitGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  for (const [uid, contentType] of ownContentTypes(strapi)) {
    if (visibilityOf(contentType) === 'catalogue') extension.shadowCRUD(uid).disableMutations();
    else extension.shadowCRUD(uid).disable();
  }
  // users-permissions' GraphQL account mutations skip the role check (`auth: false`); WeDraw offers
  // none of these email flows (no route, no mail provider for them), so they are refused outright.
  extension.use({ resolversConfig: Object.fromEntries(CLOSED_ACCOUNT_MUTATIONS.map((name) => [`Mutation.${name}`, { policies: ['global::not-offered'] }])) });
}

const CLOSED_ACCOUNT_MUTATIONS = ['forgotPassword', 'resetPassword', 'emailConfirmation'];

/** `where` for the records a user owns, from the type's declared owner relation. */
export function ownerWhere(strapi: Core.Strapi, uid: string, userId: number): Record<string, unknown> {
  const contentType = strapi.contentType(uid as any) as any;
  const field = optionsOf(contentType).owner;
  if (visibilityOf(contentType) !== 'owner' || !field) throw new Error(`${uid} is not an owner-scoped type`);
  return { [field]: { id: userId } };
}

/**
 * A visitor role may hold only actions of routes built for visitors. Refused: the generic CRUD
 * actions of any content type, the upload plugin's, and users-permissions' user CRUD.
 */
export function assertVisitorAction(strapi: Core.Strapi, action: string): void {
  const cut = action.lastIndexOf('.');
  const [subject, verb] = [action.slice(0, cut), action.slice(cut + 1)];
  const generic = GENERIC_VERBS.has(verb) && subject in (strapi.contentTypes as unknown as Record<string, unknown>);
  const strapiData = action.startsWith('plugin::upload.') || (subject === USER_UID && verb !== 'me');
  if (generic || strapiData) throw new Error(`"${action}" is a generic action: a visitor role never gets it (give the route a named action of its own)`);
}
