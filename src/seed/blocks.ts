/** Tiny builders for Strapi blocks, so demo and test content reads like the text it is. */

export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; code?: boolean }
  | { type: 'link'; url: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | {
      type: 'list';
      format: 'ordered' | 'unordered';
      children: { type: 'list-item'; children: Inline[] }[];
    };

const inline = (parts: (string | Inline)[]): Inline[] =>
  parts.map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p));

export const p = (...parts: (string | Inline)[]): Block => ({
  type: 'paragraph',
  children: inline(parts),
});
export const h = (text: string): Block => ({ type: 'heading', level: 2, children: inline([text]) });
export const quote = (text: string): Block => ({ type: 'quote', children: inline([text]) });
export const ul = (...items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: inline([text]) })),
});
export const b = (text: string): Inline => ({ type: 'text', text, bold: true });
export const link = (url: string, text: string): Inline => ({
  type: 'link',
  url,
  children: inline([text]),
});
