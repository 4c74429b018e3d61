import { chunkGroups, renderNewsSitemap, renderRobots, renderSitemap } from '../sitemap';
import { HOSTILE, xmllint } from './fixtures';

const group = (n: number, languages = ['de', 'en']) => ({
  versions: languages.map((l) => ({
    language: l,
    url: `https://example.org/newsroom/${l}/r${n}?a=1&b=2`,
    updated: new Date('2026-10-25T01:30:00Z'),
  })),
  defaultUrl: `https://example.org/newsroom/de/r${n}?a=1&b=2`,
});

describe('sitemaps', () => {
  it('writes reciprocal alternates with x-default, escaping URLs', () => {
    const xml = renderSitemap([group(1)]);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(2);
    expect(xml).toContain('href="https://example.org/newsroom/en/r1?a=1&amp;b=2"');
    expect(xml).toContain('<lastmod>2026-10-25T01:30:00Z</lastmod>');
    expect(xmllint(xml)).toEqual({ ok: true, errors: '' });
  });

  it('writes no alternates for a page in one language', () => {
    expect(renderSitemap([group(1, ['de'])])).not.toContain('xhtml:link rel');
  });

  it('never splits one page’s language versions across files', () => {
    const chunks = chunkGroups([group(1), group(2), group(3, ['de']), group(4)], 4);
    expect(chunks.map((c) => c.map((g) => g.versions.length))).toEqual([
      [2, 2],
      [1, 2],
    ]);
  });

  it('keeps hostile titles intact in the news sitemap', () => {
    const xml = renderNewsSitemap({ name: 'Stadt & Land', language: 'de' }, [
      { url: 'https://example.org/a', title: HOSTILE, published: new Date('2026-03-29T01:00:00Z') },
    ]);
    expect(xmllint(xml)).toEqual({ ok: true, errors: '' });
    expect(xml).toContain('<news:name>Stadt &amp; Land</news:name>');
    expect(xml).toContain(']]&gt;');
  });

  it('points robots to the sitemaps', () => {
    expect(renderRobots(['https://example.org/sitemap.xml'], ['/admin'])).toBe(
      'User-agent: *\nDisallow: /admin\n\nSitemap: https://example.org/sitemap.xml\n'
    );
  });
});
