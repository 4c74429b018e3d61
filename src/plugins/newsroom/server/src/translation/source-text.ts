import crypto from 'crypto';
import { blocksToText } from '../feeds/blocks-html';

/**
 * What a translation is made from: the translatable text of the source-language version. A change
 * of anything else (dates, categories, files, the slug) does not make a translation outdated.
 * Pure functions; services/translation-status.ts stores the results.
 */

export type SourceText = {
  title: string;
  subtitle: string;
  lead: string;
  /** The blocks as stored: formatting and links are part of what is translated. */
  body: unknown;
  images: { caption: string; alt: string }[];
  corrections: { note: string }[];
};

export type TranslatableFields = {
  title: string;
  subtitle: string;
  summary: string;
  body: string;
  images: string;
  corrections: string;
};

type Doc = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Doc[] => (Array.isArray(v) ? (v as Doc[]) : []);

export const sourceText = (doc: Doc, f: TranslatableFields): SourceText => ({
  title: str(doc[f.title]),
  subtitle: str(doc[f.subtitle]),
  lead: str(doc[f.summary]),
  body: stripIds(doc[f.body] ?? []),
  images: list(doc[f.images]).map((i) => ({ caption: str(i.caption), alt: str(i.alt) })),
  corrections: list(doc[f.corrections]).map((c) => ({ note: str(c.note) })),
});

/** Blocks carry no ids today, but a stable form must not depend on key order either. */
const stripIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Doc)
        .filter(([k]) => k !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, stripIds(v)])
    );
  }
  return value;
};

/** A short, stable fingerprint of the text: equal text, equal fingerprint, whatever happened between. */
export const fingerprint = (text: SourceText): string =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(stripIds(text)))
    .digest('base64url')
    .slice(0, 22);

export type TranslationStatus = 'missing' | 'draft' | 'outdated' | 'current';

/**
 * missing: no translation; outdated: the source text changed since the translation was last
 * synced (shown before "draft": the translator has work either way); draft: exists, never
 * published; current: synced to the source text as it is now.
 */
export const statusOf = (t: {
  exists: boolean;
  published: boolean;
  sourceHash: string | null;
  syncedHash: string | null;
}): TranslationStatus => {
  if (!t.exists) return 'missing';
  if (t.sourceHash !== null && t.syncedHash !== t.sourceHash) return 'outdated';
  return t.published ? 'current' : 'draft';
};

export type FieldChange = { field: string; before: string; after: string };

/** What changed in the source text since a snapshot, field by field, in readable text. */
export const changes = (before: SourceText, after: SourceText): FieldChange[] => {
  const out: FieldChange[] = [];
  const compare = (field: string, a: string, b: string) => {
    if (a !== b) out.push({ field, before: a, after: b });
  };
  compare('title', before.title, after.title);
  compare('subtitle', before.subtitle, after.subtitle);
  compare('lead', before.lead, after.lead);
  const blocksBefore = Array.isArray(before.body) ? before.body : [];
  const blocksAfter = Array.isArray(after.body) ? after.body : [];
  for (let i = 0; i < Math.max(blocksBefore.length, blocksAfter.length); i += 1) {
    const a = blocksBefore[i] === undefined ? '' : blocksToText([blocksBefore[i]]);
    const b = blocksAfter[i] === undefined ? '' : blocksToText([blocksAfter[i]]);
    // Compared in key-sorted form: PostgreSQL's jsonb does not keep the key order of stored JSON.
    const sameBlock =
      JSON.stringify(stripIds(blocksBefore[i])) === JSON.stringify(stripIds(blocksAfter[i]));
    if (a !== b || !sameBlock) {
      compare(`body.${i + 1}`, a, b === a ? `${b} (formatting or link changed)` : b);
    }
  }
  const images = Math.max(before.images.length, after.images.length);
  for (let i = 0; i < images; i += 1) {
    compare(
      `images.${i + 1}.caption`,
      before.images[i]?.caption ?? '',
      after.images[i]?.caption ?? ''
    );
    compare(`images.${i + 1}.alt`, before.images[i]?.alt ?? '', after.images[i]?.alt ?? '');
  }
  const corrections = Math.max(before.corrections.length, after.corrections.length);
  for (let i = 0; i < corrections; i += 1) {
    compare(
      `corrections.${i + 1}`,
      before.corrections[i]?.note ?? '',
      after.corrections[i]?.note ?? ''
    );
  }
  return out;
};
