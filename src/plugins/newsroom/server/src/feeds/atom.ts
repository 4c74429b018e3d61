import { releaseContentHtml } from './content';
import { rfc3339 } from './dates';
import type { Feed, Release } from './model';
import { XML_DECLARATION, el, parent } from './xml';

/** Atom 1.0, RFC 4287 (https://www.rfc-editor.org/rfc/rfc4287). Section numbers refer to it. */

const entry = (item: Release, feed: Feed): string =>
  parent('entry', { 'xml:lang': item.language }, [
    el('id', {}, item.id), // 4.2.6: permanent, universally unique
    el('title', { type: 'text' }, item.title), // 4.2.14
    el('link', { rel: 'alternate', type: 'text/html', hreflang: item.language, href: item.url }),
    // 4.2.7.2: one alternate per (type, hreflang); the other language versions
    ...item.alternates.map((a) =>
      el('link', {
        rel: 'alternate',
        type: 'text/html',
        hreflang: a.language,
        href: a.url,
        title: a.title,
      })
    ),
    ...item.images.slice(0, 1).map((i) =>
      el('link', {
        rel: 'enclosure',
        type: i.mime,
        length: i.bytes,
        href: i.url,
        title: i.caption,
      })
    ),
    ...item.attachments.map((a) =>
      el('link', { rel: 'enclosure', type: a.mime, length: a.bytes, href: a.url, title: a.title })
    ),
    el('published', {}, rfc3339(item.published)), // 4.2.9
    el('updated', {}, rfc3339(item.updated)), // 4.2.15
    parent('author', {}, [
      el('name', {}, item.author.name),
      item.author.email ? el('email', {}, item.author.email) : '',
      item.author.url ? el('uri', {}, item.author.url) : '',
    ]), // 4.2.1
    ...item.terms.map((t) =>
      el('category', { term: t.slug, label: t.name, scheme: `urn:newsroom:${t.kind}` })
    ),
    el('summary', { type: 'text' }, item.summary), // 4.2.13
    el('content', { type: 'html' }, releaseContentHtml(item, feed.channel)), // 4.1.3
  ]);

export const renderAtom = (feed: Feed): string => {
  const { channel } = feed;
  return `${XML_DECLARATION}\n${parent(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': channel.language },
    [
      el('id', {}, channel.id),
      el('title', { type: 'text' }, channel.title),
      el('subtitle', { type: 'text' }, channel.description),
      el('updated', {}, rfc3339(channel.updated)),
      el('link', { rel: 'self', type: 'application/atom+xml', href: channel.selfUrl }),
      el('link', {
        rel: 'alternate',
        type: 'text/html',
        hreflang: channel.language,
        href: channel.homeUrl,
      }),
      channel.hubUrl ? el('link', { rel: 'hub', href: channel.hubUrl }) : '',
      parent('author', {}, [
        el('name', {}, channel.organisation.name),
        channel.organisation.url ? el('uri', {}, channel.organisation.url) : '',
      ]),
      el(
        'generator',
        { uri: channel.generator.url, version: channel.generator.version },
        channel.generator.name
      ),
      channel.logo ? el('logo', {}, channel.logo.url) : '',
      channel.copyright ? el('rights', { type: 'text' }, channel.copyright) : '',
      ...feed.items.map((item) => entry(item, feed)),
    ]
  )}\n`;
};
