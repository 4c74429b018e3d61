/**
 * Press-specific checks before a release goes out. Pure: the service gathers the facts, config
 * decides per check whether it blocks publishing, only warns, or is off.
 */

export type Severity = 'block' | 'warn' | 'off';
export type CheckName =
  | 'dateline'
  | 'lead'
  | 'contact'
  | 'imageTexts'
  | 'slug'
  | 'translation'
  | 'related'
  | 'embargo';
export type ReadinessConfig = Record<CheckName, Severity>;

export const DEFAULT_READINESS: ReadinessConfig = {
  lead: 'block',
  slug: 'block',
  imageTexts: 'block',
  dateline: 'warn',
  contact: 'warn',
  translation: 'warn',
  related: 'warn',
  embargo: 'warn',
};

export type Facts = {
  dateline: string;
  lead: string;
  slug: string;
  contacts: number;
  /** 1-based numbers of images without alt text or without credit. */
  imagesWithoutAlt: number[];
  imagesWithoutCredit: number[];
  /** Per translation language: its status (missing, draft, outdated, current). */
  translations: { locale: string; status: string }[];
  /** Titles of related releases that are not published. */
  unpublishedRelated: string[];
  embargoUntil: Date | null;
  now: Date;
};

export type Check = { name: CheckName; ok: boolean; severity: Severity; message: string };

export const readiness = (facts: Facts, config: ReadinessConfig): Check[] => {
  const check = (name: CheckName, ok: boolean, problem: string, fine: string): Check => ({
    name,
    ok,
    severity: config[name],
    message: ok ? fine : problem,
  });
  const images = [
    ...facts.imagesWithoutAlt.map((n) => `image ${n} has no alt text`),
    ...facts.imagesWithoutCredit.map((n) => `image ${n} has no photo credit`),
  ];
  const untranslated = facts.translations.filter((t) => t.status !== 'current');
  const embargoPassed = facts.embargoUntil !== null && facts.embargoUntil <= facts.now;
  return [
    check(
      'dateline',
      facts.dateline.trim() !== '',
      'Set the dateline (place, e.g. Leipzig).',
      'Dateline set.'
    ),
    check('lead', facts.lead.trim() !== '', 'Write the lead.', 'Lead written.'),
    check('contact', facts.contacts > 0, 'Add at least one press contact.', 'Press contact given.'),
    check(
      'imageTexts',
      images.length === 0,
      `Complete the images: ${images.join(', ')}.`,
      'Every image has alt text and credit.'
    ),
    check('slug', facts.slug.trim() !== '', 'Set the slug (web address).', 'Slug set.'),
    check(
      'translation',
      untranslated.length === 0,
      `Translation not current: ${untranslated.map((t) => `${t.locale} ${t.status}`).join(', ')}.`,
      'Translations are current.'
    ),
    check(
      'related',
      facts.unpublishedRelated.length === 0,
      `Related releases not published: ${facts.unpublishedRelated.join('; ')}.`,
      'Related releases are published.'
    ),
    check(
      'embargo',
      !embargoPassed,
      `The embargo (${facts.embargoUntil?.toISOString()}) has passed; clear it or set a new one.`,
      facts.embargoUntil ? 'Embargo lies in the future.' : 'No embargo.'
    ),
  ].filter((c) => c.severity !== 'off');
};

export const blocking = (checks: Check[]) => checks.filter((c) => !c.ok && c.severity === 'block');
