import { clean, escape, safeUrl } from './text';

/**
 * Strapi blocks → HTML. The HTML is built from the block tree, never copied from input, so no
 * script, style, event handler or foreign attribute can appear: text is escaped, and the only
 * attributes written are href/src/alt, with URLs made absolute and limited to http(s), mailto and
 * tel (a `javascript:` link keeps its text and loses the link).
 */

type Node = {
  type?: string;
  text?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  url?: string;
  level?: number;
  format?: string;
  language?: string;
  image?: { url?: string; alternativeText?: string | null };
  children?: Node[];
};

const inline = (nodes: Node[] | undefined, base: string): string =>
  (nodes ?? []).map((node) => inlineNode(node, base)).join('');

const inlineNode = (node: Node, base: string): string => {
  if (node.type === 'link') {
    const href = safeUrl(node.url, base);
    const text = inline(node.children, base);
    return href ? `<a href="${escape(href)}">${text}</a>` : text;
  }
  if (node.type === 'text' || typeof node.text === 'string') {
    let html = escape(clean(node.text)).replace(/\n/g, '<br>');
    if (html === '') return '';
    if (node.code) html = `<code>${html}</code>`;
    if (node.bold) html = `<strong>${html}</strong>`;
    if (node.italic) html = `<em>${html}</em>`;
    if (node.underline) html = `<u>${html}</u>`;
    if (node.strikethrough) html = `<s>${html}</s>`;
    return html;
  }
  return inline(node.children, base);
};

const listItems = (nodes: Node[] | undefined, base: string): string =>
  (nodes ?? [])
    .map((item) =>
      item.type === 'list' ? block(item, base) : `<li>${inline(item.children, base)}</li>`
    )
    .join('');

const block = (node: Node, base: string): string => {
  switch (node.type) {
    case 'heading': {
      // h1 is the release headline on every page; body headings start at h2.
      const level = Math.min(6, Math.max(2, Number(node.level) || 2));
      return `<h${level}>${inline(node.children, base)}</h${level}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${listItems(node.children, base)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${inline(node.children, base)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${(node.children ?? []).map((c) => escape(clean(c.text))).join('')}</code></pre>`;
    case 'image': {
      const src = safeUrl(node.image?.url, base);
      return src
        ? `<p><img src="${escape(src)}" alt="${escape(clean(node.image?.alternativeText ?? ''))}"></p>`
        : '';
    }
    case 'paragraph':
    default: {
      const html = inline(node.children, base);
      return html.trim() ? `<p>${html}</p>` : '';
    }
  }
};

/** Renders a blocks value; anything that is not a blocks array renders as ''. */
export const blocksToHtml = (blocks: unknown, base: string): string =>
  Array.isArray(blocks) ? blocks.map((b) => block((b ?? {}) as Node, base)).join('\n') : '';

/** The plain text of a blocks value (for search snippets and lengths). */
export const blocksToText = (blocks: unknown): string => {
  const walk = (node: Node): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(walk).join(' ');
  return Array.isArray(blocks) ? blocks.map((b) => walk((b ?? {}) as Node)).join('\n') : '';
};
