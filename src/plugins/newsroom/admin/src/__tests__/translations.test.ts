import de from '../translations/de.json';
import en from '../translations/en.json';

describe('admin UI strings', () => {
  it('has the same keys in German and English, none empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(de), ...Object.values(en)])
      expect(value.trim()).not.toBe('');
  });

  it('keeps the same {placeholders} in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key])).toEqual(placeholders(en[key]));
    }
  });
});
