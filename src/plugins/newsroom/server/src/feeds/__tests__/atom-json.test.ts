import Parser from 'rss-parser';
import { renderAtom } from '../atom';
import { renderJsonFeed } from '../json-feed';
import { HOSTILE, hostileFeed, xmllint } from './fixtures';

describe('Atom 1.0', () => {
  const xml = renderAtom(hostileFeed(2));

  it('is well-formed and parses with hostile text intact', async () => {
    expect(xmllint(xml)).toEqual({ ok: true, errors: '' });
    const parsed = await new Parser().parseString(xml);
    expect(parsed.title).toBe(`Stadt ${HOSTILE}`);
    expect(parsed.items[0].title).toBe(`${HOSTILE} 1`);
    expect(parsed.items[0].id).toBe('tag:example.org,2025:press-release/doc1/de');
    expect(parsed.items[0].summary).toBe(`Lead ${HOSTILE}`);
  });

  it('has the required feed and entry elements with RFC 3339 dates (RFC 4287 4.1.1, 4.1.2)', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(xml).toContain('<updated>2025-03-30T01:30:00Z</updated>');
    expect(xml).toContain('<published>2025-03-30T01:30:00Z</published>');
    expect(xml).toContain('<updated>2025-03-31T08:00:00Z</updated>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.org/feeds/de/rss.xml?category=a&amp;limit=5"/>'
    );
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" hreflang="en" href="https://example.org/newsroom/en/release-1"'
    );
    expect(xml).toContain('<category term="klima" label="Klima Tom &amp; Jerry');
    expect(xml).toContain('<content type="html">&lt;p&gt;&lt;strong&gt;Sub Tom &amp;amp; Jerry');
    expect(xml).toContain(
      '<link rel="enclosure" type="application/pdf" length="120500" href="https://example.org/uploads/plan.pdf"'
    );
  });
});

describe('JSON Feed 1.1', () => {
  const json = JSON.parse(renderJsonFeed(hostileFeed(2)));

  it('follows the spec: version, title, items with string ids and RFC 3339 dates', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe(`Stadt ${HOSTILE}`);
    expect(json.feed_url).toBe('https://example.org/feeds/de/rss.xml?category=a&limit=5');
    expect(json.language).toBe('de');
    const [item] = json.items;
    expect(item.id).toBe('tag:example.org,2025:press-release/doc1/de');
    expect(item.date_published).toBe('2025-03-30T01:30:00Z');
    expect(item.date_modified).toBe('2025-03-31T08:00:00Z');
    expect(item.title).toBe(`${HOSTILE} 1`);
    expect(item.summary).toBe(`Lead ${HOSTILE}`);
    expect(item.content_html).toContain('Bru\u0308cke');
    expect(item.tags).toEqual([`Klima ${HOSTILE}`, 'Südost']);
    expect(item.attachments.map((a: { mime_type: string }) => a.mime_type)).toEqual([
      'image/png',
      'application/pdf',
    ]);
  });

  it('carries photo credits and the other language in _newsroom extensions', () => {
    const ext = json.items[0]._newsroom;
    expect(ext.images[0]).toMatchObject({
      credit: `Foto & Co ${HOSTILE}`,
      licence: 'CC BY 4.0',
      caption: `Caption ${HOSTILE}`,
    });
    expect(ext.alternates).toEqual([
      { language: 'en', url: 'https://example.org/newsroom/en/release-1', title: `EN ${HOSTILE}` },
    ]);
    expect(Object.keys(json).filter((k) => !k.startsWith('_'))).not.toContain('newsroom');
  });

  it('has no character XML forbids, so all formats carry the same text', () => {
    expect(JSON.stringify(json)).not.toMatch(/\\u000[0-8bc]|\\u001f|\\ufff[ef]|\\ud800/i);
  });
});
