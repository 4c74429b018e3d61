import { blocksHaveText, validateContact, validateRelease, validateTaxonomy } from '../validation';

const now = new Date('2026-03-29T00:30:00Z');
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Text' }] }];
const complete = { title: 'T', lead: 'L', body };
const save = { mode: 'save' as const, now, isPublished: false };
const publish = { mode: 'publish' as const, now, isPublished: false };

describe('validateRelease', () => {
  it('accepts a complete release for saving and publishing', () => {
    expect(validateRelease(complete, save)).toEqual([]);
    expect(validateRelease(complete, publish)).toEqual([]);
  });

  it('lets a draft be incomplete, but not a published release', () => {
    expect(validateRelease({ title: 'T' }, save)).toEqual([]);
    expect(
      validateRelease({ title: '  ', lead: '', body: [] }, publish).map((e) => e.path[0])
    ).toEqual(['title', 'lead', 'body']);
  });

  it('counts a body of blank paragraphs as empty', () => {
    expect(blocksHaveText([{ type: 'paragraph', children: [{ type: 'text', text: '  ' }] }])).toBe(
      false
    );
    expect(
      blocksHaveText([
        {
          type: 'list',
          children: [{ type: 'list-item', children: [{ type: 'text', text: 'x' }] }],
        },
      ])
    ).toBe(true);
    expect(blocksHaveText('not blocks')).toBe(false);
  });

  it('measures length in characters, including umlauts and emoji', () => {
    expect(validateRelease({ title: 'ü'.repeat(200) }, save)).toEqual([]);
    expect(validateRelease({ title: 'ü'.repeat(201) }, save)[0].message).toBe(
      'The headline is 201 characters long; keep it to 200 or fewer.'
    );
  });

  it('refuses a new embargo in the past on an unpublished release only', () => {
    const past = '2026-03-29T00:00:00Z';
    expect(validateRelease({ embargoUntil: past }, save)[0].path).toEqual(['embargoUntil']);
    // Unchanged from the stored value: it simply passed, and must not block edits.
    expect(
      validateRelease({ embargoUntil: past }, { ...save, previous: { embargoUntil: past } })
    ).toEqual([]);
    expect(validateRelease({ embargoUntil: past }, { ...save, isPublished: true })).toEqual([]);
    expect(validateRelease({ embargoUntil: '2026-03-29T01:30:00Z' }, save)).toEqual([]);
  });

  it('refuses to publish before the embargo ends, to the second', () => {
    const errors = validateRelease({ ...complete, embargoUntil: '2026-03-29T00:30:01Z' }, publish);
    expect(errors[0].message).toContain('under embargo until 2026-03-29T00:30:01.000Z');
    expect(validateRelease({ ...complete, embargoUntil: '2026-03-29T00:30:00Z' }, publish)).toEqual(
      []
    );
  });

  it('names an unparseable date', () => {
    expect(validateRelease({ releaseDate: 'next tuesday' }, save)[0]).toEqual({
      path: ['releaseDate'],
      message: '"next tuesday" is not a valid date and time.',
    });
  });

  it('checks each correction', () => {
    const errors = validateRelease(
      { corrections: [{ date: '2026-01-01', note: 'ok' }, { note: ' ' }] },
      save
    );
    expect(errors.map((e) => e.path.join('.'))).toEqual([
      'corrections.1.note',
      'corrections.1.date',
    ]);
  });
});

describe('validateContact', () => {
  it.each(['+49 341 123-4567', '0341/1234567', '(0341) 123 45 67', '+1 (555) 010-9999'])(
    'accepts %s',
    (phone) => {
      expect(validateContact({ name: 'N', email: 'a@example.org', phone }, 'create')).toEqual([]);
    }
  );

  it.each(['call me', '12345', '+49 341 ☎ 123', '1'.repeat(21)])('refuses phone %s', (phone) => {
    expect(validateContact({ name: 'N', email: 'a@example.org', phone }, 'create')[0].path).toEqual(
      ['phone']
    );
  });

  it.each(['a@', '@example.org', 'a b@example.org', 'a@example'])('refuses e-mail %s', (email) => {
    expect(validateContact({ name: 'N', email }, 'create')[0].path).toEqual(['email']);
  });

  it('requires name and e-mail on create, only what is sent on update', () => {
    expect(validateContact({}, 'create').map((e) => e.path[0])).toEqual(['name', 'email']);
    expect(validateContact({ function: 'Sprecherin' }, 'update')).toEqual([]);
  });
});

describe('validateTaxonomy', () => {
  it('requires a name of at most 100 characters', () => {
    expect(validateTaxonomy({}, 'create')[0].message).toBe('Give it a name.');
    expect(validateTaxonomy({ name: 'x'.repeat(101) }, 'update')[0].path).toEqual(['name']);
  });
});
