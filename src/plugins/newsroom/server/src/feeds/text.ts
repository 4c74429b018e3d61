/**
 * Text hygiene shared by every format. XML 1.0 allows only U+0009, U+000A, U+000D, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF (https://www.w3.org/TR/xml/#charsets); anything else makes
 * the whole document invalid, even inside CDATA. We strip those characters from every string
 * before rendering, so all formats carry the same text.
 */

// Lone surrogates are matched with the u flag off: a valid pair is kept by the lookarounds.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const clean = (value: unknown): string =>
  typeof value === 'string' ? value.replace(FORBIDDEN, '') : '';

/** Clean and collapse white space: for titles, names and other one-line text. */
export const line = (value: unknown): string => clean(value).replace(/\s+/g, ' ').trim();

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and XML content and attribute values. */
export const escape = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export const shorten = (value: string, max: number): string => {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
};

/** Resolves a URL against the site; only http(s), mailto and tel survive, others become ''. */
export const safeUrl = (url: unknown, base: string): string => {
  const raw = line(url);
  if (!raw) return '';
  try {
    const resolved = new URL(raw, base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(resolved.protocol)
      ? resolved.toString()
      : '';
  } catch {
    return '';
  }
};
