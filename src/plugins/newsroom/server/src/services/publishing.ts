import type { Core } from '@strapi/strapi';
import type { Config } from '../config';
import { renderAtom } from '../feeds/atom';
import { FORMATS, renderOpml, type CatalogueEntry, type FeedFormat } from '../feeds/catalogue';
import { renderJsonFeed } from '../feeds/json-feed';
import { labelsFor } from '../feeds/labels';
import { renderRss } from '../feeds/rss';
import { renderFeedsPage } from '../pages/feeds-page';
import { renderListPage } from '../pages/list-page';
import { renderReleasePage } from '../pages/release-page';
import type { Filter } from './feed-data';
import { getService } from './get-service';
import { NotFound } from './render-cache';

/** Feeds and pages as cached, ready-to-send entries: data → model → renderer, behind the cache. */

const RENDERERS = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };
const HTML = 'text/html; charset=utf-8';

export const publishing = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const data = () => getService(strapi, 'feedData');
  const cache = () => getService(strapi, 'renderCache');

  const feedUrl = (locale: string, format: FeedFormat, filter: Filter = {}, limit?: number) => {
    const query = new URLSearchParams();
    if (filter.category) query.set('category', filter.category);
    if (filter.district) query.set('district', filter.district);
    if (limit !== undefined) query.set('limit', String(limit));
    const q = query.toString();
    return `${config().siteUrl}/feeds/${locale}/${FORMATS[format].file}${q ? `?${q}` : ''}`;
  };

  const discovery = (locale: string, title: string) =>
    (Object.keys(FORMATS) as FeedFormat[]).map((format) => ({
      title: `${title} (${FORMATS[format].label})`,
      mime: FORMATS[format].mime,
      url: feedUrl(locale, format),
    }));

  const listUrl = (locale: string, page = 1) =>
    `${config().siteUrl}/newsroom/${locale}${page > 1 ? `?page=${page}` : ''}`;

  const catalogue = async (): Promise<CatalogueEntry[]> => {
    const entries: CatalogueEntry[] = [];
    for (const locale of config().locales) {
      const name = await data().organisationName(locale);
      const { categories, districts } = await data().terms(locale);
      const base = `${name}: ${labelsFor(locale).latest}`;
      for (const format of Object.keys(FORMATS) as FeedFormat[]) {
        entries.push({ title: base, language: locale, format, url: feedUrl(locale, format) });
      }
      for (const [kind, terms] of [
        ['category', categories],
        ['district', districts],
      ] as const) {
        for (const t of terms) {
          entries.push({
            title: `${base} – ${t.name}`,
            language: locale,
            format: 'rss',
            url: feedUrl(locale, 'rss', { [kind]: t.slug }),
            filter: { kind, slug: t.slug, name: t.name },
          });
        }
      }
    }
    return entries;
  };

  return {
    feedUrl,

    feed(format: FeedFormat, locale: string, filter: Filter, limit: number | undefined) {
      const key = `feed|${format}|${locale}|${filter.category ?? ''}|${filter.district ?? ''}|${limit ?? ''}`;
      return cache().get(key, async () => {
        const feed = await data().feed(
          locale,
          filter,
          limit ?? config().feedLimit,
          feedUrl(locale, format, filter, limit)
        );
        return {
          body: RENDERERS[format](feed),
          mime: `${FORMATS[format].mime}; charset=utf-8`,
          lastModified: feed.channel.updated,
        };
      });
    },

    listPage(locale: string, page: number) {
      return cache().get(`list|${locale}|${page}`, async () => {
        const { channel, items, pageCount } = await data().list(locale, page, config().pageSize);
        if (page > pageCount)
          throw new NotFound(`Page ${page} does not exist; the last is ${pageCount}.`);
        const [source] = config().locales;
        const body = renderListPage({
          channel,
          items,
          page,
          pageCount,
          pageUrl: (n) => listUrl(locale, n),
          alternates: config()
            .locales.filter((l) => l !== locale)
            .map((l) => ({ language: l, url: listUrl(l) })),
          defaultUrl: listUrl(source),
          feeds: discovery(locale, channel.title),
          feedsPageUrl: `${config().siteUrl}/feeds`,
        });
        return { body, mime: HTML, lastModified: channel.updated };
      });
    },

    releasePage(locale: string, slug: string) {
      return cache().get(`release|${locale}|${slug}`, async () => {
        const { channel, release } = await data().release(locale, slug);
        const [source] = config().locales;
        const sourceVersion = release.alternates.find((a) => a.language === source);
        const body = renderReleasePage({
          release,
          channel,
          listUrl: listUrl(locale),
          feeds: discovery(locale, channel.title),
          defaultUrl: locale === source ? release.url : (sourceVersion?.url ?? release.url),
        });
        return { body, mime: HTML, lastModified: channel.updated };
      });
    },

    feedsPage() {
      return cache().get('feeds-page', async () => {
        const entries = await catalogue();
        const body = renderFeedsPage({
          title: 'Feeds',
          language: config().locales[0],
          selfUrl: `${config().siteUrl}/feeds`,
          opmlUrl: `${config().siteUrl}/feeds.opml`,
          entries,
        });
        return { body, mime: HTML, lastModified: new Date() };
      });
    },

    opml() {
      return cache().get('opml', async () => {
        const entries = await catalogue();
        const now = new Date();
        return {
          body: renderOpml('Newsroom feeds', entries, now),
          mime: 'text/x-opml; charset=utf-8',
          lastModified: now,
        };
      });
    },
  };
};

export type Publishing = ReturnType<typeof publishing>;
