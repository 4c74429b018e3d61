import { rfc3339 } from './dates';
import { XML_DECLARATION, el, parent } from './xml';

/**
 * Sitemaps 0.9 (https://www.sitemaps.org/protocol.html) with hreflang alternates (Google,
 * "Localized versions of your page": every version lists every version, itself included, plus
 * x-default), the sitemap index past the URL limit, the Google News sitemap and robots.txt.
 * Pure: the service gathers the pages.
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** One page in all its language versions. */
export type PageGroup = {
  versions: { language: string; url: string; updated: Date }[];
  /** The version for users whose language is none of these (the source language). */
  defaultUrl: string;
};

export const sitemapUrlCount = (groups: PageGroup[]): number =>
  groups.reduce((n, g) => n + g.versions.length, 0);

/** A urlset of the given groups (the caller keeps it within the URL limit). */
export const renderSitemap = (groups: PageGroup[]): string => {
  const urls = groups.flatMap((group) => {
    const alternates =
      group.versions.length > 1
        ? [
            ...group.versions.map((v) =>
              el('xhtml:link', { rel: 'alternate', hreflang: v.language, href: v.url })
            ),
            el('xhtml:link', { rel: 'alternate', hreflang: 'x-default', href: group.defaultUrl }),
          ]
        : [];
    return group.versions.map((v) =>
      parent('url', {}, [
        el('loc', {}, v.url),
        el('lastmod', {}, rfc3339(v.updated)),
        ...alternates,
      ])
    );
  });
  return `${XML_DECLARATION}\n${parent('urlset', { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS }, urls)}\n`;
};

/** Splits groups into files of at most `limit` URLs, never splitting one page's versions. */
export const chunkGroups = (groups: PageGroup[], limit: number): PageGroup[][] => {
  const chunks: PageGroup[][] = [];
  let current: PageGroup[] = [];
  let count = 0;
  for (const group of groups) {
    if (count + group.versions.length > limit && current.length > 0) {
      chunks.push(current);
      current = [];
      count = 0;
    }
    current.push(group);
    count += group.versions.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};

export const renderSitemapIndex = (files: { url: string; updated: Date }[]): string =>
  `${XML_DECLARATION}\n${parent(
    'sitemapindex',
    { xmlns: SITEMAP_NS },
    files.map((f) =>
      parent('sitemap', {}, [el('loc', {}, f.url), el('lastmod', {}, rfc3339(f.updated))])
    )
  )}\n`;

export type NewsEntry = { url: string; title: string; published: Date };

/** Google News sitemap: articles of the last two days, at most 1,000. */
export const renderNewsSitemap = (
  publication: { name: string; language: string },
  entries: NewsEntry[]
): string =>
  `${XML_DECLARATION}\n${parent(
    'urlset',
    { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
    entries
      .slice(0, 1000)
      .map((e) =>
        parent('url', {}, [
          el('loc', {}, e.url),
          parent('news:news', {}, [
            parent('news:publication', {}, [
              el('news:name', {}, publication.name),
              el('news:language', {}, publication.language),
            ]),
            el('news:publication_date', {}, rfc3339(e.published)),
            el('news:title', {}, e.title),
          ]),
        ])
      )
  )}\n`;

export const renderRobots = (sitemaps: string[], disallow: string[]): string =>
  [
    'User-agent: *',
    ...disallow.map((path) => `Disallow: ${path}`),
    '',
    ...sitemaps.map((url) => `Sitemap: ${url}`),
    '',
  ].join('\n');
