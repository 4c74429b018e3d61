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
