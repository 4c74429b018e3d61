import { blocking, DEFAULT_READINESS, readiness, type Facts } from '../readiness';

const ready: Facts = {
  dateline: 'Leipzig',
  lead: 'Lead',
  slug: 'slug',
  contacts: 1,
  imagesWithoutAlt: [],
  imagesWithoutCredit: [],
  translations: [{ locale: 'en', status: 'current' }],
  unpublishedRelated: [],
  embargoUntil: null,
  now: new Date('2025-05-07T08:00:00Z'),
};

describe('readiness', () => {
  it('passes a complete release', () => {
    expect(readiness(ready, DEFAULT_READINESS).every((c) => c.ok)).toBe(true);
  });

  it('names what is missing, and config decides what blocks', () => {
    const checks = readiness(
      {
        ...ready,
        dateline: ' ',
        contacts: 0,
        imagesWithoutAlt: [2],
        imagesWithoutCredit: [1, 2],
        translations: [{ locale: 'en', status: 'outdated' }],
        unpublishedRelated: ['Alte Meldung'],
        embargoUntil: new Date('2025-05-01T00:00:00Z'),
      },
      DEFAULT_READINESS
    );
    expect(checks.filter((c) => !c.ok).map((c) => [c.name, c.severity, c.message])).toEqual([
      ['dateline', 'warn', 'Set the dateline (place, e.g. Leipzig).'],
      ['contact', 'warn', 'Add at least one press contact.'],
      [
        'imageTexts',
        'block',
        'Complete the images: image 2 has no alt text, image 1 has no photo credit, image 2 has no photo credit.',
      ],
      ['translation', 'warn', 'Translation not current: en outdated.'],
      ['related', 'warn', 'Related releases not published: Alte Meldung.'],
      [
        'embargo',
        'warn',
        'The embargo (2025-05-01T00:00:00.000Z) has passed; clear it or set a new one.',
      ],
    ]);
    expect(blocking(checks).map((c) => c.name)).toEqual(['imageTexts']);
  });

  it('leaves out checks that are off', () => {
    const checks = readiness(
      { ...ready, contacts: 0 },
      { ...DEFAULT_READINESS, contact: 'off', dateline: 'block' }
    );
    expect(checks.map((c) => c.name)).not.toContain('contact');
    expect(checks.find((c) => c.name === 'dateline')!.severity).toBe('block');
  });
});
