import type { Core, UID } from '@strapi/strapi';
import type { Config } from '../config';
import { toDate, toRelease, type MappingContext } from '../feeds/from-documents';
import { labelsFor } from '../feeds/labels';
import type { Alternate, Channel, Feed, Person, Release } from '../feeds/model';
import { line } from '../feeds/text';
import { NotFound } from './render-cache';

/**
 * Reads what feeds and pages publish, through the Document Service, always with an explicit
 * locale and status 'published', and only releases whose embargo has passed. A list costs a fixed
 * number of queries whatever its length: the releases, their relations (batched by Strapi), the
 * other-language versions (one query per language) and the channel.
 */

type Doc = Record<string, unknown> & { documentId: string };

export type Filter = { category?: string; district?: string };

export type Term = { documentId: string; slug: string; name: string };

const GENERATOR = { name: 'City Newsroom', url: '', version: '0.1' };

export const feedData = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const docs = (uid: string) => strapi.documents(uid as UID.ContentType);
  const targetOf = (field: string): string => {
    const attribute = strapi.getModel(config().contentType as UID.ContentType).attributes[
      field
    ] as { target?: string };
    return attribute.target as string;
  };

  const itemUrl = (locale: string, slug: string) => {
    const { itemUrlTemplate, siteUrl } = config();
    const encoded = encodeURIComponent(slug);
    return itemUrlTemplate
      ? itemUrlTemplate.replace('{locale}', locale).replace('{slug}', encoded)
      : `${siteUrl}/newsroom/${locale}/${encoded}`;
  };

  /** Published and past its embargo: the only releases anything public may show. */
  const publicFilter = () => {
    const { embargo } = config().fields;
    return {
      $or: [{ [embargo]: { $null: true } }, { [embargo]: { $lte: new Date().toISOString() } }],
    };
  };

  const populate = () => {
    const f = config().fields;
    return {
      [f.categories]: { fields: ['name', 'slug'] },
      [f.districts]: { fields: ['name', 'slug'] },
      [f.contacts]: { fields: ['name', 'function', 'email', 'phone'] },
      [f.images]: { populate: { file: true } },
      [f.attachments]: true,
      [f.corrections]: true,
    };
  };

  const sort = () => [{ [config().fields.published]: 'desc' }, { id: 'desc' }];

  /** The category or district with this slug in this locale, or NotFound. */
  const term = async (
    kind: 'category' | 'district',
    locale: string,
    slug: string
  ): Promise<Term> => {
    const field = kind === 'category' ? config().fields.categories : config().fields.districts;
    const found = (await docs(targetOf(field)).findFirst({
      locale,
      status: 'published',
      filters: { slug },
      fields: ['slug', 'name'],
    })) as (Term & Doc) | null;
    if (!found) throw new NotFound(`No ${kind} "${slug}" in language "${locale}".`);
    return found;
  };

  const channel = async (
    locale: string,
    selfUrl: string,
    titleSuffix = ''
  ): Promise<Omit<Channel, 'updated'> & { changed: Date | null }> => {
    const { siteUrl, ttlMinutes, idAuthority, newsroomType } = config();
    const newsroom = (await docs(newsroomType).findFirst({
      locale,
      status: 'published',
      populate: { logo: true },
    })) as Doc | null;
    const labels = labelsFor(locale);
    const name = line(newsroom?.organisationName) || 'Newsroom';
    const logo = newsroom?.logo as { url?: string; width?: number; height?: number } | undefined;
    const website = line(newsroom?.website);
    return {
      id: `tag:${idAuthority}:feed/${locale}${titleSuffix ? `/${encodeURIComponent(titleSuffix)}` : ''}`,
      title: `${name}: ${labels.latest}${titleSuffix ? ` – ${titleSuffix}` : ''}`,
      description: line(newsroom?.boilerplate) || `${labels.latest} – ${name}`,
      language: locale,
      homeUrl: `${siteUrl}/newsroom/${locale}`,
      selfUrl,
      ttlMinutes,
      logo: logo?.url
        ? { url: new URL(logo.url, siteUrl).toString(), width: logo.width, height: logo.height }
        : undefined,
      copyright: `© ${name}`,
      boilerplate: line(newsroom?.boilerplate),
      organisation: { name, url: website || undefined },
      generator: GENERATOR,
      hubUrl: config().push.hub || undefined,
      changed: toDate(newsroom?.updatedAt),
    };
  };

  /** Published, past-embargo versions of these documents in every other configured locale. */
  const alternatesOf = async (
    documentIds: string[],
    locale: string
  ): Promise<Map<string, Alternate[]>> => {
    const result = new Map<string, Alternate[]>();
    if (documentIds.length === 0) return result;
    const { contentType, fields } = config();
    for (const other of config().locales.filter((l) => l !== locale)) {
      const found = (await docs(contentType).findMany({
        locale: other,
        status: 'published',
        filters: { $and: [{ documentId: { $in: documentIds } }, publicFilter()] },
        fields: [fields.slug, fields.title],
      })) as Doc[];
      for (const doc of found) {
        const alternate = {
          language: other,
          url: itemUrl(other, line(doc[fields.slug]) || doc.documentId),
          title: line(doc[fields.title]),
        };
        result.set(doc.documentId, [...(result.get(doc.documentId) ?? []), alternate]);
      }
    }
    return result;
  };

  const mapping = (organisation: Person): MappingContext => ({
    fields: config().fields,
    siteUrl: config().siteUrl,
    idAuthority: config().idAuthority,
    itemUrl,
    organisation,
  });

  const releasesFor = async (
    locale: string,
    organisation: Person,
    filters: object,
    start: number,
    limit: number,
    status: 'published' | 'draft' = 'published'
  ) => {
    const found = (await docs(config().contentType).findMany({
      locale,
      status,
      filters,
      sort: sort(),
      start,
      limit,
      populate: populate(),
    } as never)) as Doc[];
    const alternates = await alternatesOf(
      found.map((d) => d.documentId),
      locale
    );
    return found.map((doc) =>
      toRelease(doc, locale, alternates.get(doc.documentId) ?? [], mapping(organisation))
    );
  };

  const newest = (dates: (Date | null)[]): Date =>
    new Date(Math.max(0, ...dates.filter((d): d is Date => d !== null).map((d) => d.getTime())));

  return {
    itemUrl,
    term,
    publicFilter,

    /** One feed: the newest `limit` public releases of a locale, optionally narrowed. */
    async feed(locale: string, filter: Filter, limit: number, selfUrl: string): Promise<Feed> {
      const f = config().fields;
      const conditions: object[] = [publicFilter()];
      const names: string[] = [];
      if (filter.category) {
        const t = await term('category', locale, filter.category);
        conditions.push({ [f.categories]: { documentId: t.documentId } });
        names.push(t.name);
      }
      if (filter.district) {
        const t = await term('district', locale, filter.district);
        conditions.push({ [f.districts]: { documentId: t.documentId } });
        names.push(t.name);
      }
      const { changed, ...base } = await channel(locale, selfUrl, names.join(', '));
      const items = await releasesFor(locale, base.organisation, { $and: conditions }, 0, limit);
      return {
        channel: { ...base, updated: newest([changed, ...items.map((i) => i.updated)]) },
        items,
      };
    },

    /** A page of the release list, with the total for pagination. */
    async list(locale: string, page: number, pageSize: number) {
      const { changed, ...base } = await channel(locale, `${config().siteUrl}/newsroom/${locale}`);
      const total = await docs(config().contentType).count({
        locale,
        status: 'published',
        filters: publicFilter(),
      } as never);
      const items = await releasesFor(
        locale,
        base.organisation,
        publicFilter(),
        (page - 1) * pageSize,
        pageSize
      );
      return {
        channel: { ...base, updated: newest([changed, ...items.map((i) => i.updated)]) },
        items,
        pageCount: Math.max(1, Math.ceil(total / pageSize)),
      };
    },

    /** One public release by its slug, or NotFound. */
    async release(locale: string, slug: string): Promise<{ channel: Channel; release: Release }> {
      const { changed, ...base } = await channel(locale, itemUrl(locale, slug));
      const [release] = await releasesFor(
        locale,
        base.organisation,
        { $and: [{ [config().fields.slug]: slug }, publicFilter()] },
        0,
        1
      );
      if (!release) throw new NotFound(`No published release "${slug}" in language "${locale}".`);
      return { channel: { ...base, updated: newest([changed, release.updated]) }, release };
    },

    /** Per release, the documentIds of its categories (the same in every language). */
    async categoryIds(documentIds: string[]): Promise<Map<string, string[]>> {
      const f = config().fields;
      const found = (await docs(config().contentType).findMany({
        locale: config().locales[0],
        status: 'draft',
        filters: { documentId: { $in: documentIds } },
        fields: ['documentId'],
        populate: { [f.categories]: { fields: ['documentId'] } },
      } as never)) as Doc[];
      return new Map(
        found.map((doc) => [
          doc.documentId,
          ((doc[f.categories] as Doc[] | undefined) ?? []).map((c) => c.documentId),
        ])
      );
    },

    /** The channel (organisation, logo, boilerplate) of a locale, for feeds built elsewhere. */
    async channelFor(locale: string, selfUrl: string): Promise<Channel> {
      const { changed, ...base } = await channel(locale, selfUrl);
      return { ...base, updated: newest([changed]) };
    },

    /**
     * One release in one language as the feed model, whatever its embargo: for pushes to outlets
     * (the published version, or the draft that an embargo schedule will publish). Null if absent.
     */
    async document(
      documentId: string,
      locale: string,
      status: 'published' | 'draft'
    ): Promise<{ channel: Channel; release: Release } | null> {
      const { changed, ...base } = await channel(locale, `${config().siteUrl}/feeds/${locale}`);
      const [release] = await releasesFor(locale, base.organisation, { documentId }, 0, 1, status);
      if (!release) return null;
      return { channel: { ...base, updated: newest([changed, release.updated]) }, release };
    },

    /** Several releases in one language as feed models, by documentId, in one query. */
    async documents(
      documentIds: string[],
      locale: string,
      status: 'published' | 'draft',
      organisation: Person
    ): Promise<Map<string, Release>> {
      if (documentIds.length === 0) return new Map();
      const filters = { documentId: { $in: documentIds } };
      const found = await releasesFor(locale, organisation, filters, 0, documentIds.length, status);
      return new Map(found.map((r) => [r.documentId, r]));
    },

    /** Every category and district per locale, for the feed catalogue. */
    async terms(locale: string): Promise<{ categories: Term[]; districts: Term[] }> {
      const f = config().fields;
      const all = async (field: string) =>
        (await docs(targetOf(field)).findMany({
          locale,
          status: 'published',
          fields: ['slug', 'name'],
          sort: [{ name: 'asc' }],
        } as never)) as unknown as Term[];
      return { categories: await all(f.categories), districts: await all(f.districts) };
    },

    async organisationName(locale: string): Promise<string> {
      return (await channel(locale, '')).organisation.name;
    },
  };
};

export type FeedData = ReturnType<typeof feedData>;
