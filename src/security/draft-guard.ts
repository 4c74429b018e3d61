import type { Core, UID } from '@strapi/strapi';
import type { DocumentContext, Next } from '../content/middleware-types';

/**
 * Strapi 5 hands drafts to any content-API caller with `find` who asks `?status=draft`
 * (strapi/strapi#25326), and an embargoed release lives as a draft. This Document Service
 * middleware closes that: a content-API read by a caller who may not write the content type
 * (the Public role, read-only API tokens, an authenticated role without create/update) is always
 * a read of published versions, and filters through relations only see published rows.
 */

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

type Auth = {
  strategy?: { name?: string };
  credentials?: { type?: string } | null;
  ability?: { can: (action: string) => boolean } | null;
};

type RequestState = { state?: { auth?: Auth; route?: { info?: { type?: string } } } };

/** Whether this caller may see drafts of `uid`: full-access tokens and roles that can write it. */
export const mayReadDrafts = (auth: Auth | undefined, uid: string): boolean => {
  if (!auth) return false;
  if (auth.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access')
    return true;
  if (!auth.credentials || !auth.ability) return false;
  return auth.ability.can(`${uid}.create`) || auth.ability.can(`${uid}.update`);
};

export const draftGuard =
  (strapi: Core.Strapi) =>
  async (ctx: DocumentContext, next: Next): Promise<unknown> => {
    if (!READ_ACTIONS.has(ctx.action)) return next();
    const request = strapi.requestContext.get() as RequestState | undefined;
    if (request?.state?.route?.info?.type !== 'content-api') return next();
    if (mayReadDrafts(request.state.auth, ctx.uid)) return next();

    ctx.params.status = 'published';
    if (ctx.params.filters) {
      ctx.params.filters = publishedOnlyFilters(strapi, ctx.uid, ctx.params.filters);
    }
    return next();
  };

type Filters = Record<string, unknown>;

const isObject = (value: unknown): value is Filters =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A filter through a relation (`?filters[pressReleases][title][$eq]=…` on categories) matches the
 * related rows of every status, because a join table links both the draft and the published row.
 * Each such filter gets `publishedAt $notNull`, so the answer cannot depend on a draft.
 */
export const publishedOnlyFilters = (
  strapi: Core.Strapi,
  uid: string,
  filters: unknown
): unknown => {
  if (Array.isArray(filters)) return filters.map((f) => publishedOnlyFilters(strapi, uid, f));
  if (!isObject(filters)) return filters;
  const model = strapi.getModel(uid as UID.Schema);
  const out: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or' || key === '$not') {
      out[key] = publishedOnlyFilters(strapi, uid, value);
      continue;
    }
    const attribute = model?.attributes?.[key] as
      | { type?: string; target?: string; component?: string }
      | undefined;
    if (attribute?.type === 'relation' && attribute.target) {
      const target = strapi.getModel(attribute.target as UID.Schema);
      const inner = publishedOnlyFilters(strapi, attribute.target, value);
      out[key] =
        (target as { options?: { draftAndPublish?: boolean } })?.options?.draftAndPublish === true
          ? { $and: [inner, { publishedAt: { $notNull: true } }] }
          : inner;
      continue;
    }
    if (attribute?.type === 'component' && attribute.component) {
      out[key] = publishedOnlyFilters(strapi, attribute.component, value);
      continue;
    }
    out[key] = value;
  }
  return out;
};
