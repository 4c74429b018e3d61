import { rfc822 } from './dates';
import { XML_DECLARATION, el, parent } from './xml';

/** Every feed the newsroom offers, for the /feeds page and the OPML file. */

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FORMATS: Record<FeedFormat, { file: string; mime: string; label: string }> = {
  rss: { file: 'rss.xml', mime: 'application/rss+xml', label: 'RSS 2.0' },
  atom: { file: 'atom.xml', mime: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', mime: 'application/feed+json', label: 'JSON Feed' },
};

export const formatOfFile = (file: string): FeedFormat | undefined =>
  (Object.keys(FORMATS) as FeedFormat[]).find((f) => FORMATS[f].file === file);

export type CatalogueEntry = {
  title: string;
  language: string;
  format: FeedFormat;
  url: string;
  filter?: { kind: 'category' | 'district'; slug: string; name: string };
};

export const renderOpml = (title: string, entries: CatalogueEntry[], updated: Date): string =>
  `${XML_DECLARATION}\n${parent('opml', { version: '2.0' }, [
    parent('head', {}, [el('title', {}, title), el('dateModified', {}, rfc822(updated))]),
    parent(
      'body',
      {},
      entries
        .filter((e) => e.format === 'rss')
        .map((e) =>
          el('outline', {
            type: 'rss',
            text: e.title,
            title: e.title,
            xmlUrl: e.url,
            language: e.language,
          })
        )
    ),
  ])}\n`;
