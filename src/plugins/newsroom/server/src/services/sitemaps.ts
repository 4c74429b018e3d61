import type { Core, UID } from '@strapi/strapi';
import type { Config } from '../config';
import { toDate } from '../feeds/from-documents';
import {
  chunkGroups,
  renderNewsSitemap,
  renderRobots,
  renderSitemap,
  renderSitemapIndex,
  type PageGroup,
} from '../feeds/sitemap';
import { line } from '../feeds/text';
import { getService } from './get-service';
import { NotFound } from './render-cache';

/** /sitemap.xml (or its index and parts), /sitemaps/news-{locale}.xml and /robots.txt, cached. */

type Doc = Record<string, unknown> & { documentId: string };
const XML = 'application/xml; charset=utf-8';
const PAGE = 1000;
const TWO_DAYS = 2 * 24 * 3600 * 1000;

export const sitemaps = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const data = () => getService(strapi, 'feedData');
  const cache = () => getService(strapi, 'renderCache');
  const releases = () => strapi.documents(config().contentType as UID.ContentType);

  /** Every public release page, grouped by release, newest first; list pages first. */
  const groups = async (): Promise<PageGroup[]> => {
    const f = config().fields;
    const [source] = config().locales;
    const byDocument = new Map<string, PageGroup['versions']>();
    const order: { documentId: string; published: number }[] = [];
    for (const locale of config().locales) {
      for (let start = 0; ; start += PAGE) {
        const found = (await releases().findMany({
          locale,
          status: 'published',
          filters: data().publicFilter(),
          fields: [f.slug, f.published, 'updatedAt'],
          sort: [{ [f.published]: 'desc' }, { documentId: 'asc' }],
          start,
          limit: PAGE,
        } as never)) as Doc[];
        for (const doc of found) {
          const versions = byDocument.get(doc.documentId);
          const version = {
            language: locale,
            url: data().itemUrl(locale, line(doc[f.slug]) || doc.documentId),
            updated: toDate(doc.updatedAt) ?? new Date(0),
          };
          if (versions) versions.push(version);
          else {
            byDocument.set(doc.documentId, [version]);
            order.push({
              documentId: doc.documentId,
              published: toDate(doc[f.published])?.getTime() ?? 0,
            });
          }
        }
        if (found.length < PAGE) break;
      }
    }
    order.sort((a, b) => b.published - a.published || a.documentId.localeCompare(b.documentId));
    const listUrl = (l: string) => `${config().siteUrl}/newsroom/${l}`;
    const lists: PageGroup = {
      versions: config().locales.map((l) => ({
        language: l,
        url: listUrl(l),
        updated: new Date(0),
      })),
      defaultUrl: listUrl(source),
    };
    const pages = order.map(({ documentId }) => {
      const versions = byDocument.get(documentId) as PageGroup['versions'];
      const sourceVersion = versions.find((v) => v.language === source) ?? versions[0];
      return { versions, defaultUrl: sourceVersion.url };
    });
    const newest = Math.max(0, ...pages.flatMap((p) => p.versions.map((v) => v.updated.getTime())));
    lists.versions.forEach((v) => (v.updated = new Date(newest)));
    return [lists, ...pages];
  };

  const partUrl = (n: number) => `${config().siteUrl}/sitemaps/releases-${n}.xml`;

  const chunks = async () => chunkGroups(await groups(), config().sitemapUrlLimit);

  const updatedOf = (chunk: PageGroup[]) =>
    new Date(Math.max(0, ...chunk.flatMap((g) => g.versions.map((v) => v.updated.getTime()))));

  return {
    /** A urlset while everything fits in one file, else an index of the parts. */
    sitemap() {
      return cache().get('sitemap', async () => {
        const parts = await chunks();
        if (parts.length <= 1) {
          const only = parts[0] ?? [];
          return { body: renderSitemap(only), mime: XML, lastModified: updatedOf(only) };
        }
        const files = parts.map((part, i) => ({ url: partUrl(i + 1), updated: updatedOf(part) }));
        return {
          body: renderSitemapIndex(files),
          mime: XML,
          lastModified: new Date(Math.max(...files.map((f) => f.updated.getTime()))),
        };
      });
    },

    part(n: number) {
      return cache().get(`sitemap|${n}`, async () => {
        const parts = await chunks();
        if (parts.length <= 1 || n < 1 || n > parts.length)
          throw new NotFound(`No sitemap part ${n}; see /sitemap.xml.`);
        return {
          body: renderSitemap(parts[n - 1]),
          mime: XML,
          lastModified: updatedOf(parts[n - 1]),
        };
      });
    },

    /** Google News: releases of the last two days (the window moves hourly without a change). */
    news(locale: string) {
      const hour = Math.floor(Date.now() / 3_600_000);
      return cache().get(`news|${locale}|${hour}`, async () => {
        const f = config().fields;
        const since = new Date(Date.now() - TWO_DAYS).toISOString();
        const found = (await releases().findMany({
          locale,
          status: 'published',
          filters: { $and: [data().publicFilter(), { [f.published]: { $gte: since } }] },
          fields: [f.slug, f.title, f.published],
          sort: [{ [f.published]: 'desc' }],
          limit: 1000,
        } as never)) as Doc[];
        const name = await data().organisationName(locale);
        const entries = found.map((doc) => ({
          url: data().itemUrl(locale, line(doc[f.slug]) || doc.documentId),
          title: line(doc[f.title]),
          published: toDate(doc[f.published]) ?? new Date(0),
        }));
        return {
          body: renderNewsSitemap({ name, language: locale }, entries),
          mime: XML,
          lastModified: new Date(Math.max(0, ...entries.map((e) => e.published.getTime()))),
        };
      });
    },

    robots() {
      return cache().get('robots', async () => {
        const { siteUrl, locales } = config();
        return {
          body: renderRobots(
            [`${siteUrl}/sitemap.xml`, ...locales.map((l) => `${siteUrl}/sitemaps/news-${l}.xml`)],
            ['/admin', '/api/', '/newsroom-admin/', '/feeds/*/embargoed.xml']
          ),
          mime: 'text/plain; charset=utf-8',
          lastModified: new Date(0),
        };
      });
    },
  };
};

export type Sitemaps = ReturnType<typeof sitemaps>;
