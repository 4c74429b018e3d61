import type { Env } from './lib/secrets';

/**
 * The languages of the newsroom. Bootstrap creates every locale named here and makes the source
 * locale Strapi's default (src/bootstrap/locales.ts); a third language is one more entry.
 */
export default ({ env }: { env: Env }) => ({
  // The language the press office writes in; every translation is made from it.
  source: env('SOURCE_LOCALE', 'de'),
  // The languages translators add.
  targets: env.array('TARGET_LOCALES', ['en']),
  // Display names for locales that Strapi's own list does not name the way we want.
  names: { de: 'Deutsch (de)', en: 'English (en)' } as Record<string, string>,
});
