import RSS from 'rss';
import { releaseContentHtml } from './content';
import { rfc3339, rfc822 } from './dates';
import type { Feed, Release } from './model';
import { escape } from './text';

/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) with the RSS Best Practices Profile,
 * content:encoded, dc:creator, Media RSS and atom:link. Written with the `rss` package, which
 * escapes text and splits "]]>" inside CDATA correctly; we feed it clean strings only (text.ts)
 * and replace the one value it does not let us set (see lastBuildDate below).
 */

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const DCTERMS_NS = 'http://purl.org/dc/terms/';

const mediaContent = (image: Release['images'][number]) => {
  const attributes: Record<string, string | number> = {
    url: image.url,
    medium: 'image',
    type: image.mime,
  };
  if (image.bytes) attributes.fileSize = image.bytes;
  if (image.width && image.height)
    Object.assign(attributes, { width: image.width, height: image.height });
  const children: object[] = [{ _attr: attributes }];
  // Media RSS 2.1: media:description type="plain", media:credit role="photographer".
  if (image.caption)
    children.push({ 'media:description': [{ _attr: { type: 'plain' } }, image.caption] });
  if (image.credit)
    children.push({ 'media:credit': [{ _attr: { role: 'photographer' } }, image.credit] });
  if (image.licence) children.push({ 'media:copyright': image.licence });
  if (image.alt) children.push({ 'media:title': [{ _attr: { type: 'plain' } }, image.alt] });
  return { 'media:content': children };
};

export const renderRss = (feed: Feed): string => {
  const { channel } = feed;
  const rss = new RSS({
    title: channel.title,
    description: channel.description,
    site_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    image_url: channel.logo?.url,
    copyright: channel.copyright || undefined,
    language: channel.language,
    ttl: channel.ttlMinutes,
    generator: `${channel.generator.name} ${channel.generator.version}`,
    custom_namespaces: feed.items.some((i) => i.embargoUntil)
      ? { media: MEDIA_NS, dcterms: DCTERMS_NS }
      : { media: MEDIA_NS },
    // WebSub discovery inside the feed (https://www.w3.org/TR/websub/#discovery).
    custom_elements: channel.hubUrl
      ? [{ 'atom:link': { _attr: { href: channel.hubUrl, rel: 'hub' } } }]
      : [],
  });

  for (const item of feed.items) {
    const lead = item.images[0];
    const attachment = item.attachments[0];
    // One enclosure per item is safest (RSS Profile); the lead image, else the first attachment.
    const enclosure = lead
      ? { url: lead.url, type: lead.mime, size: lead.bytes ?? 0 }
      : attachment
        ? { url: attachment.url, type: attachment.mime, size: attachment.bytes ?? 0 }
        : undefined;
    rss.item({
      title: item.title,
      // description is HTML in RSS 2.0: the plain lead, escaped, reads the same in every reader.
      description: escape(item.summary),
      url: item.url,
      guid: item.id,
      date: item.published,
      author: item.author.name,
      categories: item.terms.map((t) => t.name),
      enclosure,
      custom_elements: [
        { 'content:encoded': { _cdata: releaseContentHtml(item, channel) } },
        { 'dc:language': item.language },
        // DCMI Terms "available": the date the resource will become available (the embargo end).
        ...(item.embargoUntil ? [{ 'dcterms:available': rfc3339(item.embargoUntil) }] : []),
        ...item.images.map(mediaContent),
        // Attachments (PDFs, plans) as Media RSS documents; the one enclosure stays the lead image.
        ...item.attachments.map((a) => ({
          'media:content': [
            {
              _attr: {
                url: a.url,
                medium: 'document',
                type: a.mime,
                ...(a.bytes ? { fileSize: a.bytes } : {}),
              },
            },
            { 'media:title': [{ _attr: { type: 'plain' } }, a.title] },
          ],
        })),
        ...item.alternates.map((a) => ({
          'atom:link': {
            _attr: {
              rel: 'alternate',
              type: 'text/html',
              hreflang: a.language,
              href: a.url,
              title: a.title,
            },
          },
        })),
      ],
    });
  }

  // The package stamps lastBuildDate with the render time. A feed must look the same from every
  // instance until its content changes (stable ETag behind a load balancer), so it carries the
  // time of the last change instead.
  return rss
    .xml({ indent: true })
    .replace(
      /<lastBuildDate>[^<]*<\/lastBuildDate>/,
      `<lastBuildDate>${rfc822(channel.updated)}</lastBuildDate>`
    );
};
