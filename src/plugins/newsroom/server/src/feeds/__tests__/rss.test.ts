import Parser from 'rss-parser';
import { renderRss } from '../rss';
import { HOSTILE, hostileFeed, xmllint } from './fixtures';

const parser = new Parser({
  customFields: {
    item: [
      ['content:encoded', 'contentEncoded'],
      ['media:content', 'media', { keepArray: true }],
      ['atom:link', 'atomLinks', { keepArray: true }],
      ['dc:language', 'language'],
    ],
  },
});

describe('RSS 2.0', () => {
  const feed = hostileFeed(2);
  const xml = renderRss(feed);

  it('is well-formed XML for libxml2, with hostile text everywhere', () => {
    expect(xmllint(xml)).toEqual({ ok: true, errors: '' });
    // eslint-disable-next-line no-control-regex -- asserting their absence is the point.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('carries every hostile string intact through a real feed parser', async () => {
    const parsed = await parser.parseString(xml);
    expect(parsed.title).toBe(`Stadt ${HOSTILE}`);
    expect(parsed.items).toHaveLength(2);
    const item = parsed.items[0] as unknown as Parser.Item & Record<string, unknown>;
    expect(item.title).toBe(`${HOSTILE} 1`);
    expect(item.guid).toBe('tag:example.org,2025:press-release/doc1/de');
    expect(item.link).toBe('https://example.org/newsroom/de/release-1');
    expect(item.pubDate).toBe('Sun, 30 Mar 2025 01:30:00 GMT');
    expect(item.creator).toBe('Stadt Leipzig');
    expect(item.categories).toEqual([`Klima ${HOSTILE}`, 'Südost']);
    expect(item.language).toBe('de');
    // description is HTML: the escaped lead decodes to the lead.
    expect(item.content).toBe(
      `Lead ${HOSTILE}`
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
    );
  });

  it('has full content with dateline, body, photo credit, corrections, contact and boilerplate', async () => {
    const parsed = await parser.parseString(xml);
    const html = (parsed.items[0] as unknown as { contentEncoded: string }).contentEncoded;
    expect(html).toContain('<strong>Leipzig, 30. März 2025</strong>');
    expect(html).toContain('<h2>Heading Tom &amp; Jerry &lt;b&gt;fett&lt;/b&gt;');
    expect(html).toContain(']]&gt; Ende 🎉 Bru\u0308cke');
    expect(html).toContain('<a href="https://example.org/relative/path?a=1&amp;b=2">relative</a>');
    expect(html).toContain('evil link');
    expect(html).not.toMatch(/javascript:|<script|on\w+=/i);
    expect(html).toContain('(Foto: Foto &amp; Co Tom &amp; Jerry');
    expect(html).toContain('<h2>Korrekturen</h2>');
    expect(html).toContain('<h2>Pressekontakt</h2><p>Clara &lt;Beispiel&gt;');
    expect(html).toContain('<h2>Über Stadt Leipzig</h2>');
  });

  it('lists every image as media:content with credit, licence and caption; the lead image as enclosure', async () => {
    const parsed = await parser.parseString(xml);
    const item = parsed.items[0] as unknown as {
      enclosure: { url: string; length: string; type: string };
      media: {
        $: Record<string, string>;
        'media:credit': { _: string }[];
        'media:copyright': string[];
        'media:description': { _: string }[];
      }[];
    };
    expect(item.enclosure).toEqual({
      url: 'https://example.org/uploads/a.png',
      length: '44060',
      type: 'image/png',
    });
    expect(item.media[0].$).toMatchObject({
      url: 'https://example.org/uploads/a.png',
      medium: 'image',
      width: '1600',
    });
    expect(item.media[0]['media:credit'][0]._).toBe(`Foto & Co ${HOSTILE}`);
    expect(item.media[0]['media:copyright'][0]).toBe('CC BY 4.0');
    expect(item.media[0]['media:description'][0]._).toBe(`Caption ${HOSTILE}`);
  });

  it('lists attachments as Media RSS documents', () => {
    expect(xml).toContain(
      '<media:content url="https://example.org/uploads/plan.pdf" medium="document" type="application/pdf" fileSize="120500">'
    );
  });

  it('links the other language with atom:link rel=alternate hreflang', async () => {
    const parsed = await parser.parseString(xml);
    const links = (parsed.items[0] as unknown as { atomLinks: { $: Record<string, string> }[] })
      .atomLinks;
    expect(links[0].$).toEqual({
      rel: 'alternate',
      type: 'text/html',
      hreflang: 'en',
      href: 'https://example.org/newsroom/en/release-1',
      title: `EN ${HOSTILE}`,
    });
  });

  it('has the channel elements the RSS profile asks for, and a build date that is the last change', () => {
    expect(xml).toContain(
      '<atom:link href="https://example.org/feeds/de/rss.xml?category=a&amp;limit=5" rel="self" type="application/rss+xml"/>'
    );
    expect(xml).toContain('<lastBuildDate>Sun, 30 Mar 2025 01:30:00 GMT</lastBuildDate>');
    expect(xml).toMatch(/<ttl>30<\/ttl>/);
    expect(xml).toMatch(/<image>\s*<url>https:\/\/example.org\/uploads\/logo.png<\/url>/);
    // Rendering twice gives the same bytes: stable ETags across instances.
    expect(renderRss(feed)).toBe(xml);
  });

  it('gives an item with a blank title a title from its lead', async () => {
    const blank = hostileFeed(1);
    blank.items[0] = { ...blank.items[0], title: 'Lead only' };
    const parsed = await parser.parseString(renderRss(blank));
    expect(parsed.items[0].title).toBe('Lead only');
  });

  it('survives very long text and an empty feed', () => {
    const long = hostileFeed(1);
    long.items[0] = { ...long.items[0], summary: 'ä'.repeat(100000) };
    expect(xmllint(renderRss(long)).ok).toBe(true);
    expect(xmllint(renderRss({ ...long, items: [] })).ok).toBe(true);
  });
});
