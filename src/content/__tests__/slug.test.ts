import { MAX_SLUG_LENGTH, firstFreeSlug, isDerivedFrom, toSlug } from '../slug';

describe('toSlug', () => {
  it.each([
    ['Straßenbahn über die Brücke', 'strassenbahn-ueber-die-bruecke'],
    ['ÄRGER im Öffentlichen Übergang', 'aerger-im-oeffentlichen-uebergang'],
    ['Grünflächen & Bäume', 'gruenflaechen-und-baeume'],
    ['  Leerzeichen   überall  ', 'leerzeichen-ueberall'],
    ['PM 123/2025: Haushalt', 'pm-1232025-haushalt'],
    ['<script>alert(1)</script>', 'script-alert1-script'],
    ['Emoji 🎉 bleiben draußen', 'emoji-bleiben-draussen'],
    ['Ctrl\u0000\u0007chars\u001f', 'ctrlchars'],
  ])('%s → %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug);
  });

  it('treats a combining umlaut (u + U+0308) like the precomposed one', () => {
    expect(toSlug('Bru\u0308cke')).toBe('bruecke');
  });

  it('uses the locale for symbols but German transliteration for German names in any language', () => {
    expect(toSlug('Trams & buses in Südost', 'en')).toBe('trams-and-buses-in-suedost');
  });

  it('returns empty when nothing usable is left', () => {
    expect(toSlug('🎉🎉')).toBe('');
    expect(toSlug('   ')).toBe('');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = toSlug('Sehr '.repeat(20) + 'lange Überschrift mit vielen Wörtern');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('isDerivedFrom', () => {
  it('recognises generated slugs and their -N variants, not hand-made ones', () => {
    expect(isDerivedFrom('stadtrat-tagt', 'Stadtrat tagt', 'de')).toBe(true);
    expect(isDerivedFrom('stadtrat-tagt-3', 'Stadtrat tagt', 'de')).toBe(true);
    expect(isDerivedFrom('rat-tagt', 'Stadtrat tagt', 'de')).toBe(false);
    expect(isDerivedFrom('stadtrat-tagt-heute', 'Stadtrat tagt', 'de')).toBe(false);
  });
});

describe('firstFreeSlug', () => {
  it('appends -2, -3, … until free', async () => {
    const taken = new Set(['a', 'a-2']);
    expect(await firstFreeSlug('a', async (s) => taken.has(s))).toBe('a-3');
    expect(await firstFreeSlug('b', async (s) => taken.has(s))).toBe('b');
  });

  it('keeps the suffixed slug within the maximum length', async () => {
    const base = 'x'.repeat(MAX_SLUG_LENGTH);
    const slug = await firstFreeSlug(base, async (s) => s === base);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-2')).toBe(true);
  });
});
