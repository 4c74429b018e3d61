import { spawnSync } from 'child_process';
import { defaultConfig } from '../../config';
import { toRelease, type MappingContext } from '../from-documents';
import type { Channel, Feed } from '../model';

/** Text no renderer may break on: markup characters, CDATA end, control characters, emoji,
 * a combining umlaut (u + U+0308), and characters XML 1.0 forbids. */
export const HOSTILE =
  'Tom & Jerry <b>fett</b> "zitiert" \'einfach\' ]]> Ende 🎉 Bru\u0308cke Ünïcödé';
export const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800';
/** What survives: everything but the forbidden characters. */
export const HOSTILE_CLEAN = HOSTILE;

export const channel = (overrides: Partial<Channel> = {}): Channel => ({
  id: 'tag:example.org,2025:feed/de',
  title: `Stadt ${HOSTILE}`,
  description: `Über uns ${HOSTILE}`,
  language: 'de',
  homeUrl: 'https://example.org/newsroom/de',
  selfUrl: 'https://example.org/feeds/de/rss.xml?category=a&limit=5',
  updated: new Date('2025-03-30T01:30:00Z'),
  ttlMinutes: 30,
  logo: { url: 'https://example.org/uploads/logo.png', width: 200, height: 100 },
  copyright: '© Stadt Leipzig',
  boilerplate: `Leipzig ${HOSTILE}`,
  organisation: { name: 'Stadt Leipzig', url: 'https://www.leipzig.de' },
  generator: { name: 'City Newsroom', url: '', version: '0.1' },
  ...overrides,
});

export const context: MappingContext = {
  fields: defaultConfig.fields,
  siteUrl: 'https://example.org',
  idAuthority: 'example.org,2025',
  itemUrl: (locale, slug) => `https://example.org/newsroom/${locale}/${slug}`,
  organisation: { name: 'Stadt Leipzig', url: 'https://www.leipzig.de' },
};

/** A release document as the Document Service returns it, hostile in every text field. */
export const hostileDocument = (n = 1) => ({
  documentId: `doc${n}`,
  title: `${HOSTILE}${FORBIDDEN} ${n}`,
  subtitle: `Sub ${HOSTILE}`,
  lead: `Lead ${HOSTILE}${FORBIDDEN}`,
  slug: `release-${n}`,
  dateline: 'Leipzig',
  releaseNumber: 'PM 1/2025',
  releaseDate: '2025-03-30T01:30:00.000Z',
  publishedAt: '2025-03-30T01:31:00.000Z',
  updatedAt: '2025-03-31T08:00:00.000Z',
  body: [
    { type: 'heading', level: 1, children: [{ type: 'text', text: `Heading ${HOSTILE}` }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: `Body ${HOSTILE}${FORBIDDEN}`, bold: true },
        {
          type: 'link',
          url: 'javascript:alert(1)',
          children: [{ type: 'text', text: 'evil link' }],
        },
        {
          type: 'link',
          url: '/relative/path?a=1&b=2',
          children: [{ type: 'text', text: 'relative' }],
        },
      ],
    },
    { type: 'code', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
  ],
  categories: [{ name: `Klima ${HOSTILE}`, slug: 'klima' }],
  districts: [{ name: 'Südost', slug: 'suedost' }],
  contacts: [
    {
      name: 'Clara <Beispiel>',
      function: 'Sprecherin',
      email: 'presse@example.org',
      phone: '+49 341 123',
    },
  ],
  images: [
    {
      caption: `Caption ${HOSTILE}`,
      alt: `Alt ${HOSTILE}`,
      credit: `Foto & Co ${HOSTILE}`,
      licence: 'CC BY 4.0',
      file: { url: '/uploads/a.png', mime: 'image/png', width: 1600, height: 900, size: 44.06 },
    },
  ],
  attachments: [
    {
      url: '/uploads/plan.pdf',
      mime: 'application/pdf',
      size: 120.5,
      name: 'plan.pdf',
      caption: `Plan ${HOSTILE}`,
    },
  ],
  corrections: [{ date: '2025-03-31T08:00:00.000Z', note: `Korrigiert ${HOSTILE}` }],
});

export const hostileFeed = (items = 2, overrides: Partial<Channel> = {}): Feed => ({
  channel: channel(overrides),
  items: Array.from({ length: items }, (_, i) =>
    toRelease(
      hostileDocument(i + 1),
      'de',
      [
        {
          language: 'en',
          url: `https://example.org/newsroom/en/release-${i + 1}`,
          title: `EN ${HOSTILE}`,
        },
      ],
      context
    )
  ),
});

/** Parses with libxml2: exit 0 means well-formed XML 1.0. */
export const xmllint = (xml: string): { ok: boolean; errors: string } => {
  const result = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error('xmllint is missing: apt-get install libxml2-utils');
  return { ok: result.status === 0, errors: result.stderr };
};
