import { escape } from './text';

/** A tiny XML writer for the formats we write by hand (Atom, OPML, sitemaps). */

export type Attributes = Record<string, string | number | undefined | null | false>;

const attrs = (attributes: Attributes = {}): string =>
  Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

/** An element with text content (escaped). Empty text gives an empty element. */
export const el = (name: string, attributes: Attributes, text = ''): string =>
  text === ''
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${escape(text)}</${name}>`;

/** An element with child elements (already XML). */
export const parent = (name: string, attributes: Attributes, children: string[]): string =>
  `<${name}${attrs(attributes)}>\n${children.filter(Boolean).join('\n')}\n</${name}>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
