import { releaseContentHtml } from './content';
import { rfc3339 } from './dates';
import type { Feed, Release } from './model';

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). What the spec has no field for travels in
 * `_newsroom` extension objects (extensions start with an underscore, section "Extensions").
 */

const item = (r: Release, feed: Feed) => ({
  id: r.id,
  url: r.url,
  title: r.title,
  summary: r.summary,
  content_html: releaseContentHtml(r, feed.channel),
  image: r.images[0]?.url,
  date_published: rfc3339(r.published),
  date_modified: rfc3339(r.updated),
  authors: [{ name: r.author.name, url: r.author.url }],
  tags: r.terms.map((t) => t.name),
  language: r.language,
  attachments: [
    ...r.images.map((i) => ({
      url: i.url,
      mime_type: i.mime,
      title: i.caption || undefined,
      size_in_bytes: i.bytes,
    })),
    ...r.attachments.map((a) => ({
      url: a.url,
      mime_type: a.mime,
      title: a.title,
      size_in_bytes: a.bytes,
    })),
  ],
  _newsroom: {
    documentId: r.documentId,
    subtitle: r.subtitle || undefined,
    dateline: r.dateline || undefined,
    release_number: r.releaseNumber || undefined,
    categories: r.terms
      .filter((t) => t.kind === 'category')
      .map(({ slug, name }) => ({ slug, name })),
    districts: r.terms
      .filter((t) => t.kind === 'district')
      .map(({ slug, name }) => ({ slug, name })),
    images: r.images.map((i) => ({
      url: i.url,
      mime_type: i.mime,
      width: i.width,
      height: i.height,
      caption: i.caption,
      alt: i.alt,
      credit: i.credit,
      licence: i.licence,
    })),
    contacts: r.contacts,
    corrections: r.corrections.map((c) => ({ date: rfc3339(c.date), note: c.note })),
    // The same release in other languages: the JSON counterpart of atom:link hreflang.
    alternates: r.alternates.map((a) => ({ language: a.language, url: a.url, title: a.title })),
  },
});

export const renderJsonFeed = (feed: Feed): string => {
  const { channel } = feed;
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    description: channel.description,
    icon: channel.logo?.url,
    language: channel.language,
    authors: [{ name: channel.organisation.name, url: channel.organisation.url }],
    hubs: channel.hubUrl ? [{ type: 'WebSub', url: channel.hubUrl }] : undefined,
    _newsroom: { copyright: channel.copyright || undefined, updated: rfc3339(channel.updated) },
    items: feed.items.map((r) => item(r, feed)),
  });
};
