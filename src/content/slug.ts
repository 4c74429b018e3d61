import slugify from 'slugify';

/** Longest slug we generate; outlets store these in URLs, so they stay short. */
export const MAX_SLUG_LENGTH = 100;

// slugify's own German table maps these too, but only with locale 'de'; street and district names
// are German in every language version, so an English slug must transliterate them the same way.
const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

/**
 * Turns a headline (or an editor's wish) into a URL slug with German transliteration:
 * "Straßenbahn über die Brücke" → "strassenbahn-ueber-die-bruecke". Returns '' when nothing
 * usable is left (a title of only emoji or punctuation).
 */
export const toSlug = (text: string, locale = 'de'): string => {
  // NFC first: a "ü" typed as u + U+0308 (combining diaeresis) must transliterate like "ü".
  // slugify spells < and > as "less" and "greater"; in a headline they only ever separate words.
  const composed = text
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN_LETTERS[c] ?? c)
    .replace(/[<>]/g, ' ');
  const slug = slugify(composed, { lower: true, strict: true, locale, trim: true });
  return truncateAtWord(slug, MAX_SLUG_LENGTH);
};

const truncateAtWord = (slug: string, max: number): string => {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
};

/** Whether `slug` is what we would have generated from `title` (possibly with a -N suffix). */
export const isDerivedFrom = (slug: string, title: string, locale: string): boolean => {
  const base = toSlug(title, locale);
  return base !== '' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug));
};

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` does not claim. */
export const firstFreeSlug = async (
  base: string,
  isTaken: (candidate: string) => Promise<boolean>
): Promise<string> => {
  for (let n = 1; n < 1000; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${truncateAtWord(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`No free slug found for "${base}" after 999 tries.`);
};
