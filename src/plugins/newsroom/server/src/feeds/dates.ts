/** Dates in the forms each format requires, and for people in Europe/Berlin. */

/** RFC 822 (RSS 2.0 pubDate, lastBuildDate; RFC 1123 form, always GMT). */
export const rfc822 = (date: Date): string => date.toUTCString();

/** RFC 3339 (Atom, JSON Feed), UTC without milliseconds. */
export const rfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const TIME_ZONE = 'Europe/Berlin';

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });
    formatters.set(key, f);
  }
  return f;
};

/** "7. Mai 2025" / "7 May 2025": the calendar day in Leipzig, whatever the server's zone. */
export const humanDate = (date: Date, locale: string): string =>
  formatter(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long' }).format(date);

/** "7. Mai 2025, 10:00" with the local time in Leipzig (CET or CEST). */
export const humanDateTime = (date: Date, locale: string): string =>
  formatter(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    date
  );

/** "26. November 2026, 10:00 MEZ" / "26 November 2026, 10:00 CET": an embargo as people read it. */
export const humanDateTimeZone = (date: Date, locale: string): string =>
  formatter(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The wall-clock time in Leipzig for an instant, as "YYYY-MM-DDTHH:mm:ss". */
export const berlinLocal = (date: Date): string => {
  const parts = Object.fromEntries(
    formatter('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value])
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
};

/**
 * An instant from what a press officer types: ISO 8601 with an offset ("…Z", "…+01:00"), or a
 * Leipzig wall-clock time without one ("2026-03-29T10:00"). On the two daylight-saving days a
 * wall-clock time can be missing (02:30 on the last Sunday of March) or happen twice (02:30 on
 * the last Sunday of October): both are refused with a message, never guessed.
 */
export const parseBerlinTime = (input: string): Date => {
  const text = input.trim();
  if (WITH_ZONE.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const m = LOCAL.exec(text);
  const real = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)));
  // Date.UTC rolls 30 February over into March: such a date was never on a calendar.
  const onCalendar =
    real &&
    m &&
    real.getUTCMonth() === +m[2] - 1 &&
    real.getUTCDate() === +m[3] &&
    real.getUTCHours() === +m[4] &&
    real.getUTCMinutes() === +m[5];
  if (!m || !onCalendar) {
    throw new Error(
      `"${input}" is not a date and time; write it like 2026-11-26T10:00 (Leipzig time) or with an offset like 2026-11-26T09:00Z.`
    );
  }
  const wanted = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  // Europe/Berlin is UTC+1 (CET) or UTC+2 (CEST): try both offsets.
  const matches = [1, 2]
    .map((hours) => new Date(asUtc - hours * 3_600_000))
    .filter((candidate) => berlinLocal(candidate) === wanted);
  if (matches.length === 0) {
    throw new Error(
      `${wanted.slice(0, 16).replace('T', ' ')} does not exist in Leipzig: the clocks jump from 02:00 to 03:00 that night. Choose another time.`
    );
  }
  if (matches.length > 1) {
    throw new Error(
      `${wanted.slice(0, 16).replace('T', ' ')} happens twice in Leipzig: the clocks go back from 03:00 to 02:00 that night. Add the offset: +02:00 for the first, +01:00 for the second.`
    );
  }
  return matches[0];
};
