import type { Core } from '@strapi/strapi';

export type LocalesConfig = { source: string; targets: string[]; names: Record<string, string> };

export const localesConfig = (strapi: Core.Strapi): LocalesConfig =>
  strapi.config.get('locales') as LocalesConfig;

/**
 * Creates every configured locale and makes the source locale Strapi's default. Idempotent, and
 * safe on an existing database: it only adds what is missing and moves the default flag.
 */
export const ensureLocales = async (strapi: Core.Strapi): Promise<void> => {
  const { source, targets, names } = localesConfig(strapi);
  const locales = strapi.plugin('i18n').service('locales');
  const iso = strapi.plugin('i18n').service('iso-locales').getIsoLocales() as {
    code: string;
    name: string;
  }[];

  for (const code of [source, ...targets]) {
    const known = iso.find((l) => l.code === code);
    if (!known) {
      throw new Error(
        `Locale "${code}" in config/locales.ts (SOURCE_LOCALE / TARGET_LOCALES) is not an ISO locale Strapi knows.`
      );
    }
    if (!(await locales.findByCode(code))) {
      await locales.create({ code, name: names[code] ?? known.name });
      strapi.log.info(`[newsroom] created locale ${code}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== source) {
    await locales.setDefaultLocale({ code: source });
    strapi.log.info(`[newsroom] default locale is now ${source}`);
  }
};
