import { escape } from '../feeds/text';

/**
 * Strapi blocks ↔ XLIFF 1.2 segments. Each block (each list item) is one unit; bold, italic,
 * underline, strikethrough, inline code and links become <g> inline codes, numbered 1, 2, 3… in
 * the order they appear. The numbering is a pure function of the source block, so on import the
 * same numbers lead back to the same marks and link URLs: the translation never carries a URL
 * or a mark of its own, and a CAT tool only has to keep the <g> elements, which they all do.
 */

type Marks = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type Inline =
  | ({ type: 'text'; text: string } & Marks)
  | { type: 'link'; url: string; children: Inline[] };
export type Block = {
  type: string;
  level?: number;
  format?: string;
  language?: string;
  image?: Record<string, unknown> & { alternativeText?: string | null };
  children?: (Inline | Block)[];
};

export type Code = { kind: 'mark'; mark: keyof Marks } | { kind: 'link'; url: string };

const MARKS: (keyof Marks)[] = ['code', 'strikethrough', 'underline', 'italic', 'bold'];
const CTYPE: Record<keyof Marks, string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
  strikethrough: 'x-strikethrough',
  code: 'x-code',
};

/** The XLIFF content of a segment (escaped text with <g> codes) and its codes by id. */
export const toSegment = (children: Inline[]): { xml: string; codes: Map<string, Code> } => {
  const codes = new Map<string, Code>();
  const next = (code: Code) => {
    const id = String(codes.size + 1);
    codes.set(id, code);
    return id;
  };
  const render = (nodes: Inline[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'link') {
          const id = next({ kind: 'link', url: node.url });
          return `<g id="${id}" ctype="link">${render(node.children ?? [])}</g>`;
        }
        let xml = escape(node.text ?? '');
        for (const mark of MARKS) {
          if (node[mark])
            xml = `<g id="${next({ kind: 'mark', mark })}" ctype="${CTYPE[mark]}">${xml}</g>`;
        }
        return xml;
      })
      .join('');
  return { xml: render(children), codes };
};

/** A parsed target segment: text and <g> elements (other inline elements are refused earlier). */
export type TargetNode = { text: string } | { g: string; children: TargetNode[] };

export class SegmentError extends Error {}

/** Rebuilds blocks children from a translated segment, with the marks and URLs of the source. */
export const fromSegment = (nodes: TargetNode[], codes: Map<string, Code>): Inline[] => {
  const build = (list: TargetNode[], marks: Marks): Inline[] =>
    list.flatMap((node): Inline[] => {
      if ('text' in node)
        return node.text === '' ? [] : [{ type: 'text', text: node.text, ...marks }];
      const code = codes.get(node.g);
      if (!code) throw new SegmentError(`inline code <g id="${node.g}"> is not in the source text`);
      if (code.kind === 'link')
        return [{ type: 'link', url: code.url, children: build(node.children, marks) }];
      return build(node.children, { ...marks, [code.mark]: true });
    });
  const children = build(nodes, {});
  // Strapi's blocks editor needs at least one text node in every block.
  return children.length > 0 ? children : [{ type: 'text', text: '' }];
};

/** A translatable piece of the body: its unit id and where it sits in the block tree. */
export type BodyUnit = { id: string; path: number[]; translate: boolean; kind: 'inline' | 'alt' };

/** The units of a blocks value: one per block, per list item, and per image alt text. */
export const bodyUnits = (blocks: Block[]): BodyUnit[] => {
  const units: BodyUnit[] = [];
  const walk = (block: Block, path: number[]) => {
    const id = `body.${path.map((n) => n + 1).join('.')}`;
    if (block.type === 'list') {
      (block.children ?? []).forEach((child, j) => walk(child as Block, [...path, j]));
    } else if (block.type === 'image') {
      units.push({ id: `${id}.alt`, path, translate: true, kind: 'alt' });
    } else {
      units.push({ id, path, translate: block.type !== 'code', kind: 'inline' });
    }
  };
  blocks.forEach((block, i) => walk(block, [i]));
  return units;
};

export const blockAt = (blocks: Block[], path: number[]): Block => {
  let node = blocks[path[0]];
  for (const i of path.slice(1)) node = (node.children ?? [])[i] as Block;
  return node;
};
