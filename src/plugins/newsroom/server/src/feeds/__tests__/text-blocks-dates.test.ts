import { blocksToHtml } from '../blocks-html';
import { humanDate, humanDateTime, rfc3339, rfc822 } from '../dates';
import { clean, line, safeUrl, shorten } from '../text';

describe('clean', () => {
  it('strips what XML 1.0 forbids and keeps tab, newline, emoji and combining marks', () => {
    expect(clean('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf\tg\nh\r🎉u\u0308')).toBe(
      'abcdef\tg\nh\r🎉u\u0308'
    );
  });
  it('strips lone surrogates but keeps pairs', () => {
    expect(clean('x\uD800y\uDC00z😀')).toBe('xyz😀');
  });
  it('line() collapses white space; a title of only white space becomes empty', () => {
    expect(line(' \t a \n b ')).toBe('a b');
    expect(line('  \u3000 ')).toBe('');
  });
  it('shorten() cuts at a word and counts emoji as one character', () => {
    expect(shorten('eins zwei drei vier', 12)).toBe('eins zwei…');
    expect(shorten('🎉🎉🎉', 3)).toBe('🎉🎉🎉');
  });
});

describe('safeUrl', () => {
  it.each([
    ['/uploads/a.png', 'https://example.org/uploads/a.png'],
    ['https://other.example/x', 'https://other.example/x'],
    ['mailto:presse@example.org', 'mailto:presse@example.org'],
    ['javascript:alert(1)', ''],
    [' JaVaScRiPt:alert(1)', ''],
    ['data:text/html,<script>', ''],
    ['vbscript:x', ''],
  ])('%s → %s', (input, output) => expect(safeUrl(input, 'https://example.org')).toBe(output));
});

describe('blocksToHtml', () => {
  it('renders headings, lists, quotes, code, bold, italic and links', () => {
    const html = blocksToHtml(
      [
        { type: 'heading', level: 3, children: [{ type: 'text', text: 'H' }] },
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'one', italic: true }] },
          ],
        },
        { type: 'quote', children: [{ type: 'text', text: 'Q' }] },
        { type: 'code', children: [{ type: 'text', text: 'x < y' }] },
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: 'https://a.example',
              children: [{ type: 'text', text: 'L', bold: true }],
            },
          ],
        },
      ],
      'https://example.org'
    );
    expect(html).toBe(
      '<h3>H</h3>\n<ol><li><em>one</em></li></ol>\n<blockquote><p>Q</p></blockquote>\n<pre><code>x &lt; y</code></pre>\n<p><a href="https://a.example/"><strong>L</strong></a></p>'
    );
  });
  it('never emits markup from text, and drops unsafe links but keeps their words', () => {
    const html = blocksToHtml(
      [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: '<img src=x onerror=alert(1)>' },
            { type: 'link', url: 'javascript:x', children: [{ type: 'text', text: 'click' }] },
          ],
        },
      ],
      'https://example.org'
    );
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt;click</p>');
  });
  it('renders nothing for something that is not blocks', () => {
    expect(blocksToHtml('<script>', 'https://example.org')).toBe('');
    expect(blocksToHtml(null, 'https://example.org')).toBe('');
  });
});

describe('dates', () => {
  it('formats RFC 822 and RFC 3339 in UTC', () => {
    const d = new Date('2025-05-07T08:00:00.123Z');
    expect(rfc822(d)).toBe('Wed, 07 May 2025 08:00:00 GMT');
    expect(rfc3339(d)).toBe('2025-05-07T08:00:00Z');
  });
  it('shows Leipzig time across the daylight-saving changes', () => {
    // 30 March 2025: clocks go from 02:00 CET to 03:00 CEST.
    expect(humanDateTime(new Date('2025-03-30T00:30:00Z'), 'de')).toBe('30. März 2025 um 01:30');
    expect(humanDateTime(new Date('2025-03-30T01:30:00Z'), 'de')).toBe('30. März 2025 um 03:30');
    // 26 October 2025: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice.
    expect(humanDateTime(new Date('2025-10-26T00:30:00Z'), 'en')).toBe('26 October 2025 at 02:30');
    expect(humanDateTime(new Date('2025-10-26T01:30:00Z'), 'en')).toBe('26 October 2025 at 02:30');
    // Just before midnight UTC is already the next day in Leipzig.
    expect(humanDate(new Date('2025-12-31T23:30:00Z'), 'de')).toBe('1. Januar 2026');
  });
});
