/**
 * Editorial validation of what the press office types, with messages an editor understands.
 * Plain functions over plain data; src/content/validation-middleware.ts applies them to every
 * Document Service write, so the admin panel and the REST API give the same answers.
 */

export type FieldError = { path: string[]; message: string };

type Data = Record<string, unknown>;

/** 'save' checks what is typed; 'publish' also demands what a public release needs. */
export type Mode = 'save' | 'publish';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const checkLength = (
  errors: FieldError[],
  data: Data,
  field: string,
  label: string,
  max: number
) => {
  const value = text(data[field]);
  if (value.length > max) {
    errors.push({
      path: [field],
      message: `${label} is ${value.length} characters long; keep it to ${max} or fewer.`,
    });
  }
};

const checkRequired = (errors: FieldError[], data: Data, field: string, message: string) => {
  if (!text(data[field]).trim()) errors.push({ path: [field], message });
};

/** True when a Strapi blocks value holds at least one non-blank text node. */
export const blocksHaveText = (blocks: unknown): boolean => {
  if (!Array.isArray(blocks)) return false;
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    const { text: t, children } = node as { text?: unknown; children?: unknown };
    if (typeof t === 'string' && t.trim()) return true;
    return Array.isArray(children) && children.some(walk);
  };
  return blocks.some(walk);
};

export const parseDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
};

export type ReleaseContext = {
  mode: Mode;
  now: Date;
  /** The stored draft before this write, if any. */
  previous?: Data | null;
  /** Whether this locale of the release has a published version. */
  isPublished: boolean;
};

export const validateRelease = (data: Data, context: ReleaseContext): FieldError[] => {
  const errors: FieldError[] = [];
  const { mode, now, previous, isPublished } = context;

  if (mode === 'publish') {
    checkRequired(errors, data, 'title', 'Give the release a headline before publishing.');
    checkRequired(errors, data, 'lead', 'Write a lead (the opening paragraph) before publishing.');
    if (!blocksHaveText(data.body)) {
      errors.push({ path: ['body'], message: 'Write the body text before publishing.' });
    }
  } else if ('title' in data && !text(data.title).trim() && data.title !== undefined) {
    errors.push({ path: ['title'], message: 'The headline cannot be blank.' });
  }
  checkLength(errors, data, 'title', 'The headline', 200);
  checkLength(errors, data, 'subtitle', 'The subheadline', 300);
  checkLength(errors, data, 'lead', 'The lead', 600);
  checkLength(errors, data, 'dateline', 'The dateline', 100);
  checkLength(errors, data, 'releaseNumber', 'The release number', 50);

  for (const field of ['releaseDate', 'embargoUntil'] as const) {
    if (data[field] && !parseDate(data[field])) {
      errors.push({
        path: [field],
        message: `"${String(data[field])}" is not a valid date and time.`,
      });
    }
  }

  const embargo = parseDate(data.embargoUntil);
  const embargoChanged = embargo?.getTime() !== parseDate(previous?.embargoUntil)?.getTime();
  // A new embargo in the past on an unpublished release is a typo; a stored one that has since
  // passed must not block later edits, and on a public release it no longer matters.
  if (mode === 'save' && embargo && embargo <= now && embargoChanged && !isPublished) {
    errors.push({
      path: ['embargoUntil'],
      message: `The embargo must lie in the future; ${embargo.toISOString()} has already passed.`,
    });
  }
  if (mode === 'publish' && embargo && embargo > now) {
    errors.push({
      path: ['embargoUntil'],
      message: `This release is under embargo until ${embargo.toISOString()} and cannot be published before then. Remove the embargo to publish now.`,
    });
  }

  if (Array.isArray(data.corrections)) {
    data.corrections.forEach((correction: unknown, index: number) => {
      const c = (correction ?? {}) as Data;
      if (!text(c.note).trim()) {
        errors.push({
          path: ['corrections', String(index), 'note'],
          message: 'Say what was corrected.',
        });
      }
      if (!parseDate(c.date)) {
        errors.push({
          path: ['corrections', String(index), 'date'],
          message: 'Give the date of the correction.',
        });
      }
    });
  }
  return errors;
};

// Deliberately simple: one @, no spaces, a dot in the domain. Strapi's own check runs after ours.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// International or national format: digits with spaces, slashes, dashes, parentheses; 6–20 digits.
const PHONE = /^\+?[0-9 ()/.-]+$/;

export const validateContact = (data: Data, mode: 'create' | 'update'): FieldError[] => {
  const errors: FieldError[] = [];
  if (mode === 'create' || 'name' in data) {
    checkRequired(errors, data, 'name', 'Give the contact a name.');
  }
  checkLength(errors, data, 'name', 'The name', 120);
  checkLength(errors, data, 'function', 'The function', 200);
  if (mode === 'create' || 'email' in data) {
    const email = text(data.email).trim();
    if (!email)
      errors.push({ path: ['email'], message: 'Give an e-mail address outlets can write to.' });
    else if (!EMAIL.test(email)) {
      errors.push({ path: ['email'], message: `"${email}" is not a valid e-mail address.` });
    }
  }
  const phone = text(data.phone).trim();
  if (phone) {
    const digits = phone.replace(/\D/g, '').length;
    if (!PHONE.test(phone) || digits < 6 || digits > 20) {
      errors.push({
        path: ['phone'],
        message: `"${phone}" is not a phone number; write it like +49 341 123-4567.`,
      });
    }
  }
  return errors;
};

export const validateTaxonomy = (data: Data, mode: 'create' | 'update'): FieldError[] => {
  const errors: FieldError[] = [];
  if (mode === 'create' || 'name' in data) checkRequired(errors, data, 'name', 'Give it a name.');
  checkLength(errors, data, 'name', 'The name', 100);
  return errors;
};
