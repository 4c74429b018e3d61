import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Config } from '../config';
import { blocking, readiness, type Check } from '../translation/readiness';

/**
 * Publish-readiness of a release, and publishing the source language together with every
 * translation that is current, in one transaction.
 */

type Doc = Record<string, unknown> & { documentId: string };
type Checker = { cannot: { publish: (entity: object) => boolean } };

export const releasePublishing = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const releases = () => strapi.documents(config().contentType as UID.ContentType);
  const source = () => config().locales[0];

  /** The checks as they will stand at `at` (now, or the instant an embargo schedule publishes). */
  const checks = async (documentId: string, locale: string, at = new Date()): Promise<Check[]> => {
    const f = config().fields;
    const doc = (await releases().findOne({
      documentId,
      locale,
      status: 'draft',
      populate: {
        [f.contacts]: { fields: ['documentId'] },
        [f.images]: true,
        relatedReleases: { fields: ['documentId', f.title] },
      },
    } as never)) as Doc | null;
    if (!doc) throw new errors.NotFoundError(`No release ${documentId} in "${locale}".`);
    const related = (doc.relatedReleases as Doc[] | undefined) ?? [];
    const published = related.length
      ? ((await releases().findMany({
          locale,
          status: 'published',
          filters: { documentId: { $in: related.map((r) => r.documentId) } },
          fields: ['documentId'],
        } as never)) as Doc[])
      : [];
    const images = (doc[f.images] as Doc[] | undefined) ?? [];
    const numbered = (missing: (i: Doc) => boolean) =>
      images.map((image, n) => (missing(image) ? n + 1 : 0)).filter((n) => n > 0);
    const translations =
      locale === source()
        ? (
            (await strapi.db.query('plugin::newsroom.translation-status').findMany({
              where: { releaseId: documentId },
              select: ['targetLocale', 'status'],
            })) as { targetLocale: string; status: string }[]
          ).map((t) => ({ locale: t.targetLocale, status: t.status }))
        : [];
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const { readiness: settings } = config();
    return readiness(
      {
        dateline: text(doc[f.dateline]),
        lead: text(doc[f.summary]),
        slug: text(doc[f.slug]),
        contacts: ((doc[f.contacts] as Doc[] | undefined) ?? []).length,
        imagesWithoutAlt: numbered((i) => !text(i.alt).trim()),
        imagesWithoutCredit: numbered((i) => !text(i.credit).trim()),
        translations,
        unpublishedRelated: related
          .filter((r) => !published.some((p) => p.documentId === r.documentId))
          .map((r) => text(r[f.title])),
        embargoUntil: doc[f.embargo] ? new Date(doc[f.embargo] as string) : null,
        now: at,
      },
      // The translation check belongs to the source language only.
      locale === source() ? settings : { ...settings, translation: 'off' }
    );
  };

  return {
    checks,

    /** Translations that go out with the source: those whose text matches it (current or draft). */
    translationsToPublish(statuses: { targetLocale: string; status: string }[]): string[] {
      return statuses
        .filter((s) => s.status === 'current' || s.status === 'draft')
        .map((s) => s.targetLocale);
    },

    /** The translation languages that would go out with this release's source now. */
    async translationsGoingOut(documentId: string): Promise<string[]> {
      const statuses = (await strapi.db.query('plugin::newsroom.translation-status').findMany({
        where: { releaseId: documentId },
        select: ['targetLocale', 'status'],
      })) as { targetLocale: string; status: string }[];
      return this.translationsToPublish(statuses);
    },

    /** Throws with every blocking problem, so a publish of any kind refuses an unready release. */
    async assertReady(documentId: string, locale: string, at = new Date()): Promise<void> {
      const blockers = blocking(await checks(documentId, locale, at));
      if (blockers.length === 0) return;
      throw new errors.ValidationError(
        `Not ready to publish (${locale}): ${blockers.map((c) => c.message).join(' ')}`,
        {
          errors: blockers.map((c) => ({
            path: [c.name],
            message: c.message,
            name: 'ValidationError',
          })),
        }
      );
    },

    /**
     * Publishes the source language and, at the same moment, every translation that is current.
     * When a translation exists but is not current, nothing happens unless `sourceOnly` confirms
     * that the source goes out alone. Without `userAbility` it acts for the newsroom itself (the
     * embargo scheduler), whose permission was checked when the release was scheduled.
     */
    async publishTogether(
      documentId: string,
      options: { sourceOnly: boolean },
      userAbility: unknown
    ) {
      const checker: Checker = userAbility
        ? (strapi
            .plugin('content-manager')
            .service('permission-checker')
            .create({ userAbility, model: config().contentType }) as Checker)
        : { cannot: { publish: () => false } };
      if (checker.cannot.publish({ locale: source() })) {
        throw new errors.ForbiddenError(`Your role may not publish "${source()}".`);
      }
      const statuses = (await strapi.db.query('plugin::newsroom.translation-status').findMany({
        where: { releaseId: documentId },
        select: ['targetLocale', 'status'],
      })) as { targetLocale: string; status: string }[];
      const current = this.translationsToPublish(statuses);
      const notCurrent = statuses.filter((s) => !current.includes(s.targetLocale));
      if (notCurrent.length > 0 && !options.sourceOnly) {
        throw new errors.ValidationError(
          `${notCurrent.map((s) => `${s.targetLocale} is ${s.status}`).join(', ')}: publish ${source()} alone? Confirm with sourceOnly.`,
          { translations: notCurrent }
        );
      }
      for (const locale of current) {
        if (checker.cannot.publish({ locale }))
          throw new errors.ForbiddenError(`Your role may not publish "${locale}".`);
      }
      const locales = [source(), ...current];
      for (const locale of locales) await this.assertReady(documentId, locale);
      await strapi.db.transaction(async () => {
        for (const locale of locales) await releases().publish({ documentId, locale } as never);
      });
      const warnings = (await checks(documentId, source())).filter(
        (c) => !c.ok && c.severity === 'warn'
      );
      return { published: locales, warnings: warnings.map((w) => w.message) };
    },
  };
};

export type ReleasePublishing = ReturnType<typeof releasePublishing>;
