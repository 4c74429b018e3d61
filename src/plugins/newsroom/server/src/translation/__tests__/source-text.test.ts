import { defaultConfig } from '../../config';
import { changes, fingerprint, sourceText, statusOf } from '../source-text';

const doc = (over: Record<string, unknown> = {}) => ({
  title: 'Titel',
  subtitle: '',
  lead: 'Vorspann',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text' }] }],
  images: [{ id: 3, caption: 'Bild', alt: 'Alt', credit: 'Foto', file: { id: 9 } }],
  corrections: [],
  releaseDate: '2025-05-07T08:00:00Z',
  categories: [{ name: 'Klima' }],
  ...over,
});
const print = (d: Record<string, unknown>) => fingerprint(sourceText(d, defaultConfig.fields));

describe('fingerprint', () => {
  it('changes with any translatable text', () => {
    const base = print(doc());
    expect(print(doc({ title: 'Titel!' }))).not.toBe(base);
    expect(
      print(
        doc({
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text', bold: true }] }],
        })
      )
    ).not.toBe(base);
    expect(print(doc({ images: [{ caption: 'Bild 2', alt: 'Alt' }] }))).not.toBe(base);
    expect(print(doc({ corrections: [{ note: 'Korrigiert' }] }))).not.toBe(base);
  });

  it('ignores non-text fields, component ids, credits and key order', () => {
    const base = print(doc());
    expect(print(doc({ releaseDate: '2030-01-01T00:00:00Z', categories: [], slug: 'x' }))).toBe(
      base
    );
    expect(
      print(doc({ images: [{ alt: 'Alt', caption: 'Bild', id: 99, credit: 'Andere' }] }))
    ).toBe(base);
  });

  it('is equal again when the text returns to what it was', () => {
    expect(print(doc({ title: 'Titel' }))).toBe(print(doc()));
  });
});

describe('statusOf', () => {
  it.each([
    [{ exists: false, published: false, sourceHash: 'a', syncedHash: null }, 'missing'],
    [{ exists: true, published: false, sourceHash: 'a', syncedHash: 'a' }, 'draft'],
    [{ exists: true, published: true, sourceHash: 'a', syncedHash: 'a' }, 'current'],
    [{ exists: true, published: true, sourceHash: 'b', syncedHash: 'a' }, 'outdated'],
    [{ exists: true, published: false, sourceHash: 'b', syncedHash: 'a' }, 'outdated'],
    [{ exists: true, published: true, sourceHash: 'b', syncedHash: null }, 'outdated'],
  ] as const)('%j → %s', (input, status) => expect(statusOf(input)).toBe(status));
});

describe('changes', () => {
  it('sees no change when only the key order differs (PostgreSQL jsonb reorders keys)', () => {
    const a = sourceText(doc(), defaultConfig.fields);
    const b = sourceText(
      doc({ body: [{ children: [{ text: 'Text', type: 'text' }], type: 'paragraph' }] }),
      defaultConfig.fields
    );
    expect(changes(a, b)).toEqual([]);
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('names each changed field with readable before and after', () => {
    const before = sourceText(doc(), defaultConfig.fields);
    const after = sourceText(
      doc({
        title: 'Neuer Titel',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Text', italic: true }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Neu' }] },
        ],
      }),
      defaultConfig.fields
    );
    expect(changes(before, after)).toEqual([
      { field: 'title', before: 'Titel', after: 'Neuer Titel' },
      { field: 'body.1', before: 'Text', after: 'Text (formatting or link changed)' },
      { field: 'body.2', before: '', after: 'Neu' },
    ]);
  });
});
