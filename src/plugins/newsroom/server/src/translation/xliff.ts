import { SaxesParser, type SaxesTagNS } from 'saxes';
import { escape } from '../feeds/text';
import type { TargetNode } from './segments';

/**
 * XLIFF 1.2 (https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html), the version Trados, memoQ
 * and Phrase import most reliably: one <file> per release, one <trans-unit> per translatable
 * field, block or list item. The source revision (the fingerprint of the German text) travels
 * on each <file> and <trans-unit> in our own namespace, which XLIFF 1.2 allows (section 2.4).
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const NEWSROOM_NS = 'urn:city-newsroom:xliff';
/** Larger files are refused before parsing. */
export const MAX_XLIFF_BYTES = 10 * 1024 * 1024;

export type Unit = {
  id: string;
  source: string;
  target?: string;
  translate?: boolean;
  note?: string;
};
export type XliffFile = {
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  revision: string;
  title: string;
  units: Unit[];
};

/** `source` and `target` are XLIFF content already (escaped text, <g> codes). */
export const buildXliff = (files: XliffFile[], date: Date): string => {
  const file = (
    f: XliffFile
  ) => `  <file original="${escape(f.original)}" source-language="${escape(f.sourceLanguage)}" target-language="${escape(f.targetLanguage)}" datatype="x-strapi-blocks" date="${date.toISOString()}" nr:source-revision="${escape(f.revision)}">
    <header><note>${escape(f.title)}</note></header>
    <body>
${f.units
  .map(
    (
      u
    ) => `      <trans-unit id="${escape(u.id)}"${u.translate === false ? ' translate="no"' : ''} nr:source-revision="${escape(f.revision)}" xml:space="preserve">
        <source>${u.source}</source>${u.target !== undefined ? `\n        <target>${u.target}</target>` : ''}${u.note ? `\n        <note>${escape(u.note)}</note>` : ''}
      </trans-unit>`
  )
  .join('\n')}
    </body>
  </file>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="${XLIFF_NS}" xmlns:nr="${NEWSROOM_NS}">
${files.map(file).join('\n')}
</xliff>
`;
};

export class XliffError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly unit?: string
  ) {
    super(message);
  }
}

export type ParsedUnit = { id: string; line: number; target: TargetNode[] | null };
export type ParsedFile = {
  line: number;
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  revision: string | null;
  units: ParsedUnit[];
};

/**
 * Parses an XLIFF 1.2 document strictly: well-formed, no DOCTYPE (so no entity of any kind can be
 * declared or fetched), the XLIFF 1.2 namespace, the attributes a file and a unit need. Any
 * problem throws an XliffError naming the line and, where there is one, the unit.
 */
export const parseXliff = (xml: string): ParsedFile[] => {
  if (Buffer.byteLength(xml, 'utf8') > MAX_XLIFF_BYTES) {
    throw new XliffError(`The file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB.`);
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const files: ParsedFile[] = [];
  let root = false;
  let file: ParsedFile | null = null;
  let unit: ParsedUnit | null = null;
  let inTarget = 0; // depth inside <target>, 0 = outside
  const stack: TargetNode[][] = [];
  const fail = (message: string): never => {
    throw new XliffError(`${message} (line ${parser.line})`, parser.line, unit?.id);
  };
  const attr = (tag: SaxesTagNS, name: string, uri = '') => {
    const found = Object.values(tag.attributes).find((a) => a.local === name && a.uri === uri);
    return found?.value;
  };

  parser.on('doctype', () => fail('A DOCTYPE is not allowed in an XLIFF file'));
  parser.on('opentag', (tag) => {
    if (!root) {
      if (tag.local !== 'xliff' || tag.uri !== XLIFF_NS)
        fail('This is not an XLIFF 1.2 file: the root must be <xliff> in the XLIFF 1.2 namespace');
      if (attr(tag, 'version') !== '1.2') fail('Only XLIFF version 1.2 is supported');
      root = true;
      return;
    }
    if (inTarget > 0) {
      if (tag.uri === XLIFF_NS && tag.local === 'g') {
        const id = attr(tag, 'id') ?? fail('An inline <g> code has no id');
        const node = { g: id, children: [] as TargetNode[] };
        stack[stack.length - 1].push(node);
        stack.push(node.children);
      } else if (tag.uri === XLIFF_NS && tag.local === 'mrk') {
        // Segmentation markers that CAT tools add: their content counts, the marker not.
        stack.push(stack[stack.length - 1]);
      } else {
        fail(
          `Unit "${unit?.id}": <${tag.name}> is not supported in a target; keep the <g> codes of the source`
        );
      }
      inTarget += 1;
      return;
    }
    if (tag.uri !== XLIFF_NS) return;
    if (tag.local === 'file') {
      file = {
        line: parser.line,
        original: attr(tag, 'original') ?? fail('A <file> has no original attribute'),
        sourceLanguage: attr(tag, 'source-language') ?? fail('A <file> has no source-language'),
        targetLanguage: attr(tag, 'target-language') ?? fail('A <file> has no target-language'),
        revision: attr(tag, 'source-revision', NEWSROOM_NS) ?? null,
        units: [],
      };
    } else if (tag.local === 'trans-unit') {
      if (!file) fail('A <trans-unit> outside a <file>');
      const id = attr(tag, 'id') ?? fail('A <trans-unit> has no id');
      if (file!.units.some((u) => u.id === id)) fail(`Unit "${id}" appears twice in one file`);
      unit = { id, line: parser.line, target: null };
    } else if (tag.local === 'target' && unit) {
      unit.target = [];
      stack.length = 0;
      stack.push(unit.target);
      inTarget = 1;
    }
  });
  parser.on('text', (text) => {
    if (inTarget > 0) stack[stack.length - 1].push({ text });
  });
  parser.on('cdata', (text) => {
    if (inTarget > 0) stack[stack.length - 1].push({ text });
  });
  parser.on('closetag', (tag) => {
    if (inTarget > 0) {
      inTarget -= 1;
      stack.pop();
      return;
    }
    if (tag.uri !== XLIFF_NS) return;
    if (tag.local === 'trans-unit' && file && unit) {
      file.units.push(unit);
      unit = null;
    } else if (tag.local === 'file' && file) {
      files.push(file);
      file = null;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XliffError) throw error;
    throw new XliffError(
      `The file is not well-formed XML: ${(error as Error).message}`,
      parser.line
    );
  }
  if (!root) throw new XliffError('The file is empty.');
  return files;
};

/** The plain text of a target segment (for fields without formatting). */
export const plainText = (nodes: TargetNode[]): string =>
  nodes.map((n) => ('text' in n ? n.text : plainText(n.children))).join('');
