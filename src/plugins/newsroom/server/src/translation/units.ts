import { escape } from '../feeds/text';
import {
  blockAt,
  bodyUnits,
  fromSegment,
  SegmentError,
  toSegment,
  type Block,
  type Inline,
  type TargetNode,
} from './segments';
import type { TranslatableFields } from './source-text';
import { plainText, type ParsedUnit, type Unit } from './xliff';

/**
 * A release's translatable content as XLIFF units, and translated units back into the fields of
 * the translation. Pure: the service loads the documents and writes the result.
 */

type Doc = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Doc[] => (Array.isArray(v) ? (v as Doc[]) : []);
const blocks = (v: unknown): Block[] => (Array.isArray(v) ? (v as Block[]) : []);
const inlineOf = (block: Block | undefined): Inline[] => (block?.children ?? []) as Inline[];
const sameKind = (a: Block | undefined, b: Block | undefined) => !!a && !!b && a.type === b.type;

/** The units of a release, with the existing translation as target where it fits the source. */
export const exportUnits = (source: Doc, target: Doc | null, f: TranslatableFields): Unit[] => {
  const units: Unit[] = [];
  const plain = (id: string, field: string) => {
    if (!str(source[field])) return;
    const existing = target ? str(target[field]) : '';
    units.push({
      id,
      source: escape(str(source[field])),
      target: existing ? escape(existing) : undefined,
    });
  };
  plain('title', f.title);
  plain('subtitle', f.subtitle);
  plain('lead', f.summary);

  const sourceBlocks = blocks(source[f.body]);
  const targetBlocks = target ? blocks(target[f.body]) : [];
  for (const u of bodyUnits(sourceBlocks)) {
    const s = blockAt(sourceBlocks, u.path);
    const t = safeBlockAt(targetBlocks, u.path);
    if (u.kind === 'alt') {
      const alt = str(s.image?.alternativeText);
      const existing = sameKind(s, t) ? str(t!.image?.alternativeText) : '';
      units.push({
        id: u.id,
        source: escape(alt),
        target: existing ? escape(existing) : undefined,
      });
      continue;
    }
    const segment = toSegment(inlineOf(s));
    // An existing translation is offered only when its codes line up with the source's.
    const existing = sameKind(s, t) ? toSegment(inlineOf(t)) : null;
    const fits =
      existing &&
      JSON.stringify([...existing.codes.values()]) === JSON.stringify([...segment.codes.values()]);
    units.push({
      id: u.id,
      source: segment.xml,
      target: fits && existing.xml ? existing.xml : undefined,
      translate: u.translate,
    });
  }

  list(source[f.images]).forEach((image, i) => {
    const t = target ? list(target[f.images])[i] : undefined;
    for (const key of ['caption', 'alt'] as const) {
      if (!str(image[key])) continue;
      units.push({
        id: `images.${i + 1}.${key}`,
        source: escape(str(image[key])),
        target: str(t?.[key]) ? escape(str(t?.[key])) : undefined,
      });
    }
  });
  list(source[f.corrections]).forEach((c, i) => {
    const t = target ? list(target[f.corrections])[i] : undefined;
    units.push({
      id: `corrections.${i + 1}`,
      source: escape(str(c.note)),
      target: str(t?.note) ? escape(str(t?.note)) : undefined,
    });
  });
  return units;
};

const safeBlockAt = (list: Block[], path: number[]): Block | undefined => {
  try {
    return blockAt(list, path);
  } catch {
    return undefined;
  }
};

export type UnitProblem = { unit: string; line: number; message: string };
export type UnitResult = { unit: string; result: 'applied' | 'unchanged' | 'not translated' };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Components copied from the source become new components of the translation: no ids (Strapi
 * would otherwise update the source's component rows), media by file id. */
const copyComponents = (items: Doc[]): Doc[] =>
  items.map((item) =>
    Object.fromEntries(
      Object.entries(item)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [
          k,
          v && typeof v === 'object' && 'id' in (v as Doc) && k === 'file' ? (v as Doc).id : v,
        ])
    )
  );

/** The translation's own components when they match the source's in number, else copies. */
const baseComponents = (targetItems: Doc[], sourceItems: Doc[]): Doc[] =>
  targetItems.length === sourceItems.length && targetItems.length > 0
    ? clone(targetItems).map((item) =>
        item.file && typeof item.file === 'object' ? { ...item, file: (item.file as Doc).id } : item
      )
    : copyComponents(clone(sourceItems));

/**
 * The fields of the translation that the file's units set. Only fields with units in the file are
 * returned, so nothing else of the translation changes. Problems are collected, not thrown, so
 * one report names them all.
 */
export const applyUnits = (
  source: Doc,
  target: Doc | null,
  units: ParsedUnit[],
  f: TranslatableFields
): { data: Doc; results: UnitResult[]; problems: UnitProblem[] } => {
  const data: Doc = {};
  const results: UnitResult[] = [];
  const problems: UnitProblem[] = [];
  const problem = (u: ParsedUnit, message: string) =>
    problems.push({
      unit: u.id,
      line: u.line,
      message: `Unit "${u.id}" (line ${u.line}): ${message}`,
    });
  const translated = units.filter((u) => u.target !== null && plainText(u.target).trim() !== '');
  for (const u of units)
    if (!translated.includes(u)) results.push({ unit: u.id, result: 'not translated' });
  const text = (u: ParsedUnit): string | null => {
    if (u.target!.some((n) => !('text' in n))) {
      problem(u, 'formatting codes are not allowed in this field');
      return null;
    }
    return plainText(u.target!).trim();
  };
  const record = (u: ParsedUnit, before: unknown, after: unknown) =>
    results.push({
      unit: u.id,
      result: JSON.stringify(before) === JSON.stringify(after) ? 'unchanged' : 'applied',
    });

  const sourceBlocks = blocks(source[f.body]);
  const expected = bodyUnits(sourceBlocks);
  const bodyTranslated = translated.filter((u) => u.id.startsWith('body.'));
  const fieldOf: Record<string, string> = { title: f.title, subtitle: f.subtitle, lead: f.summary };
  const images = baseComponents(list(target?.[f.images]), list(source[f.images]));
  const corrections = baseComponents(list(target?.[f.corrections]), list(source[f.corrections]));
  let imagesTouched = false;
  let correctionsTouched = false;

  for (const u of translated) {
    if (fieldOf[u.id]) {
      const value = text(u);
      if (value === null) continue;
      record(u, target?.[fieldOf[u.id]], value);
      data[fieldOf[u.id]] = value;
      continue;
    }
    const image = /^images\.(\d+)\.(caption|alt)$/.exec(u.id);
    if (image) {
      const i = Number(image[1]) - 1;
      if (!images[i]) {
        problem(u, `the release has no image ${image[1]}`);
        continue;
      }
      const value = text(u);
      if (value === null) continue;
      record(u, images[i][image[2]], value);
      images[i][image[2]] = value;
      imagesTouched = true;
      continue;
    }
    const correction = /^corrections\.(\d+)$/.exec(u.id);
    if (correction) {
      const i = Number(correction[1]) - 1;
      if (!corrections[i]) {
        problem(u, `the release has no correction ${correction[1]}`);
        continue;
      }
      const value = text(u);
      if (value === null) continue;
      record(u, corrections[i].note, value);
      corrections[i].note = value;
      correctionsTouched = true;
      continue;
    }
    if (!u.id.startsWith('body.')) problem(u, 'is not a translatable field of a press release');
    else if (!expected.some((e) => e.id === u.id))
      problem(
        u,
        'does not match a block of the current German body (the German changed since the export?)'
      );
  }

  if (bodyTranslated.length > 0) {
    // The body is one field: it is replaced only as a whole, built on the German block structure.
    const body = clone(sourceBlocks);
    for (const e of expected) {
      const u = bodyTranslated.find((b) => b.id === e.id);
      const s = blockAt(sourceBlocks, e.path);
      const out = blockAt(body, e.path);
      if (!e.translate) continue;
      if (!u) {
        const line = bodyTranslated[0].line;
        problems.push({
          unit: e.id,
          line,
          message: `Unit "${e.id}" has no translation; the body is imported only when every block is translated.`,
        });
        continue;
      }
      if (e.kind === 'alt') {
        out.image = {
          ...(out.image ?? {}),
          alternativeText: plainText(u.target as TargetNode[]).trim(),
        };
        continue;
      }
      try {
        out.children = fromSegment(u.target as TargetNode[], toSegment(inlineOf(s)).codes);
      } catch (error) {
        if (error instanceof SegmentError) problem(u, error.message);
        else throw error;
      }
    }
    for (const u of bodyTranslated) results.push({ unit: u.id, result: 'applied' });
    data[f.body] = body;
  }
  if (imagesTouched) data[f.images] = images;
  if (correctionsTouched) data[f.corrections] = corrections;
  return { data, results, problems };
};
