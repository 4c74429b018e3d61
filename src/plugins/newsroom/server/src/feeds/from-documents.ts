import { blocksToHtml } from './blocks-html';
import { labelsFor } from './labels';
import type { Alternate, Attachment, Image, Person, Release, Term } from './model';
import { clean, line, safeUrl, shorten } from './text';

/**
 * Maps a published document (as the Document Service returns it) to a feed Release. Pure: every
 * string is cleaned here, so renderers never see a character XML forbids.
 */

export type Fields = {
  title: string;
  subtitle: string;
  summary: string;
  body: string;
  slug: string;
  dateline: string;
  releaseNumber: string;
  published: string;
  categories: string;
  districts: string;
  contacts: string;
  images: string;
  attachments: string;
  corrections: string;
};

export type MappingContext = {
  fields: Fields;
  siteUrl: string;
  idAuthority: string;
  itemUrl: (locale: string, slug: string) => string;
  organisation: Person;
};

type Doc = Record<string, unknown>;
type File = {
  url?: string;
  mime?: string;
  width?: number | null;
  height?: number | null;
  size?: number | null;
  name?: string;
  caption?: string | null;
  alternativeText?: string | null;
};

const list = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : []);

export const toDate = (value: unknown): Date | null => {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Strapi stores file sizes in kB (bytes / 1000, two decimals). */
const bytesOf = (file: File): number | undefined =>
  typeof file.size === 'number' && file.size > 0 ? Math.round(file.size * 1000) : undefined;

export const releaseId = (authority: string, documentId: string, locale: string): string =>
  `tag:${authority}:press-release/${documentId}/${locale}`;

export const toRelease = (
  doc: Doc,
  locale: string,
  alternates: Alternate[],
  ctx: MappingContext
): Release => {
  const f = ctx.fields;
  const absolute = (url: unknown) => safeUrl(url, ctx.siteUrl);
  const documentId = String(doc.documentId);
  const slug = line(doc[f.slug]) || documentId;
  const summary = clean(doc[f.summary]).trim();
  const published = toDate(doc[f.published]) ?? toDate(doc.publishedAt) ?? new Date(0);
  // A correction note dates the change it reports, even if the release was saved earlier.
  const changes = [
    toDate(doc.updatedAt),
    toDate(doc.publishedAt),
    published,
    ...list(doc[f.corrections]).map((c) => toDate(c.date)),
  ].filter((d): d is Date => d !== null);
  const updated = new Date(Math.max(...changes.map((d) => d.getTime())));

  const terms = (field: string, kind: Term['kind']): Term[] =>
    list(doc[field])
      .map((t) => ({ slug: line(t.slug), name: line(t.name), kind }))
      .filter((t) => t.name !== '');

  const images: Image[] = list(doc[f.images])
    .filter((i) => i.file && typeof (i.file as File).url === 'string')
    .map((i) => {
      const file = i.file as File;
      return {
        url: absolute(file.url),
        mime: line(file.mime) || 'image/jpeg',
        width: file.width ?? undefined,
        height: file.height ?? undefined,
        bytes: bytesOf(file),
        caption: line(i.caption),
        alt: line(i.alt) || line(file.alternativeText),
        credit: line(i.credit),
        licence: line(i.licence),
      };
    })
    .filter((i) => i.url !== '');

  const attachments: Attachment[] = list(doc[f.attachments])
    .map((file) => file as File)
    .map((file) => ({
      url: absolute(file.url),
      mime: line(file.mime) || 'application/octet-stream',
      bytes: bytesOf(file),
      title: line(file.caption) || line(file.name) || 'file',
    }))
    .filter((a) => a.url !== '');

  return {
    id: releaseId(ctx.idAuthority, documentId, locale),
    documentId,
    slug,
    url: ctx.itemUrl(locale, slug),
    language: locale,
    // A headline of only white space would leave an item without a title in every reader.
    title: line(doc[f.title]) || shorten(line(summary), 100) || labelsFor(locale).untitled,
    subtitle: line(doc[f.subtitle]),
    summary,
    bodyHtml: blocksToHtml(doc[f.body], ctx.siteUrl),
    dateline: line(doc[f.dateline]),
    releaseNumber: line(doc[f.releaseNumber]),
    published,
    updated,
    terms: [...terms(f.categories, 'category'), ...terms(f.districts, 'district')],
    author: ctx.organisation,
    contacts: list(doc[f.contacts]).map((c) => ({
      name: line(c.name),
      role: line(c.function),
      email: line(c.email),
      phone: line(c.phone),
    })),
    images,
    attachments,
    corrections: list(doc[f.corrections])
      .map((c) => ({ date: toDate(c.date), note: clean(c.note).trim() }))
      .filter((c): c is { date: Date; note: string } => c.date !== null && c.note !== '')
      .sort((a, b) => a.date.getTime() - b.date.getTime()),
    alternates,
  };
};
