import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Config } from '../config';
import { fingerprint, sourceText } from '../translation/source-text';
import { applyUnits, exportUnits, type UnitProblem, type UnitResult } from '../translation/units';
import { buildXliff, parseXliff, XliffError } from '../translation/xliff';
import { getService } from './get-service';

/**
 * XLIFF round trip for translation agencies and CAT tools. Export: the source text of the chosen
 * releases with the existing translation as target. Import: every file is checked completely
 * first, then all its releases are written as drafts in one transaction, or none is.
 */

type Doc = Record<string, unknown> & { documentId: string };
type Checker = { cannot: { update: (e: object) => boolean; create: (e: object) => boolean } };

export type ImportReport = {
  releases: {
    documentId: string;
    locale: string;
    created: boolean;
    warnings: string[];
    units: UnitResult[];
  }[];
};

const ORIGINAL = /^press-release\/([A-Za-z0-9]+)$/;

export const xliff = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const releases = () => strapi.documents(config().contentType as UID.ContentType);
  const source = () => config().locales[0];

  const load = async (documentId: string, locale: string) => {
    const f = config().fields;
    return (await releases().findOne({
      documentId,
      locale,
      status: 'draft',
      populate: {
        [f.images]: { populate: { file: true } },
        [f.corrections]: true,
        [f.categories]: { fields: ['documentId'] },
        [f.districts]: { fields: ['documentId'] },
        [f.contacts]: { fields: ['documentId'] },
      },
    } as never)) as Doc | null;
  };

  /** en-GB or en_US count as en when en is a translation language. */
  const targetOf = (language: string): string | undefined => {
    const primary = language.toLowerCase().split(/[-_]/)[0];
    return config()
      .locales.slice(1)
      .find((l) => l.toLowerCase() === language.toLowerCase() || l.toLowerCase() === primary);
  };

  /** Relations of the source that exist in the target language (a new translation starts with them). */
  const relationsFor = async (sourceDoc: Doc, locale: string) => {
    const f = config().fields;
    const attributes = strapi.getModel(config().contentType as UID.ContentType)
      .attributes as Record<string, { target?: string }>;
    const data: Record<string, string[]> = {};
    for (const field of [f.categories, f.districts, f.contacts]) {
      const ids = ((sourceDoc[field] as Doc[] | undefined) ?? []).map((r) => r.documentId);
      if (ids.length === 0) continue;
      const found = (await strapi.documents(attributes[field].target as UID.ContentType).findMany({
        locale,
        filters: { documentId: { $in: ids } },
        fields: ['documentId'],
      } as never)) as Doc[];
      data[field] = found.map((r) => r.documentId);
    }
    return data;
  };

  return {
    /** An XLIFF file with the given releases, to translate into `locale`. */
    async export(locale: string, documentIds: string[]): Promise<string> {
      const files = [];
      for (const documentId of documentIds) {
        const sourceDoc = await load(documentId, source());
        if (!sourceDoc)
          throw new errors.NotFoundError(`No release ${documentId} in "${source()}".`);
        files.push({
          original: `press-release/${documentId}`,
          sourceLanguage: source(),
          targetLanguage: locale,
          revision: fingerprint(sourceText(sourceDoc, config().fields)),
          title: String(sourceDoc[config().fields.title] ?? ''),
          units: exportUnits(sourceDoc, await load(documentId, locale), config().fields),
        });
      }
      return buildXliff(files, new Date());
    },

    /** Imports a translated XLIFF file with the rights of `userAbility`; all or nothing. */
    async import(xml: string, userAbility: unknown): Promise<ImportReport> {
      let files;
      try {
        files = parseXliff(xml);
      } catch (error) {
        if (error instanceof XliffError) {
          throw new errors.ValidationError(
            `The file was not imported; nothing changed. ${error.message}`,
            {
              errors: [{ path: [], message: error.message, line: error.line, unit: error.unit }],
            }
          );
        }
        throw error;
      }
      const problems: (UnitProblem | { line: number; message: string })[] = [];
      if (files.length === 0)
        problems.push({ line: 1, message: 'The file has no <file> element.' });
      const checker = strapi
        .plugin('content-manager')
        .service('permission-checker')
        .create({ userAbility, model: config().contentType }) as Checker;
      const plans: {
        documentId: string;
        locale: string;
        data: Record<string, unknown>;
        existing: Doc | null;
        warnings: string[];
        revision: string | null;
        current: string;
        results: UnitResult[];
      }[] = [];
      for (const file of files) {
        const at = `<file> at line ${file.line}`;
        const documentId = ORIGINAL.exec(file.original)?.[1];
        const locale = targetOf(file.targetLanguage);
        if (file.sourceLanguage.toLowerCase().split(/[-_]/)[0] !== source()) {
          problems.push({
            line: file.line,
            message: `${at}: source-language is "${file.sourceLanguage}"; releases are translated from "${source()}".`,
          });
        }
        if (!locale) {
          problems.push({
            line: file.line,
            message: `${at}: target-language "${file.targetLanguage}" is not a translation language (${config().locales.slice(1).join(', ')}).`,
          });
        }
        if (!documentId) {
          problems.push({
            line: file.line,
            message: `${at}: original "${file.original}" does not name a press release.`,
          });
        }
        if (!locale || !documentId) continue;
        const sourceDoc = await load(documentId, source());
        if (!sourceDoc) {
          problems.push({ line: file.line, message: `${at}: there is no release ${documentId}.` });
          continue;
        }
        const existing = await load(documentId, locale);
        if (existing ? checker.cannot.update({ locale }) : checker.cannot.create({ locale })) {
          problems.push({
            line: file.line,
            message: `${at}: your role may not write "${locale}".`,
          });
          continue;
        }
        const applied = applyUnits(sourceDoc, existing, file.units, config().fields);
        problems.push(...applied.problems);
        const current = fingerprint(sourceText(sourceDoc, config().fields));
        const warnings =
          file.revision && file.revision !== current
            ? [
                'The German text changed since this file was exported: the translation is marked outdated; compare it with the German.',
              ]
            : [];
        const data = existing
          ? applied.data
          : { ...(await relationsFor(sourceDoc, locale)), ...applied.data };
        plans.push({
          documentId,
          locale,
          data,
          existing,
          warnings,
          revision: file.revision,
          current,
          results: applied.results,
        });
      }
      if (problems.length > 0) {
        const list = problems.map((p) => p.message);
        throw new errors.ValidationError(
          `The file was not imported; nothing changed. ${list.length} problem${list.length === 1 ? '' : 's'}: ${list.join(' ')}`,
          { errors: problems.map((p) => ({ path: [], ...p })) }
        );
      }
      await strapi.db.transaction(async () => {
        for (const plan of plans) {
          if (Object.keys(plan.data).length === 0) continue;
          await releases().update({
            documentId: plan.documentId,
            locale: plan.locale,
            status: 'draft',
            data: plan.data as never,
          });
          if (plan.revision && plan.revision !== plan.current) {
            await getService(strapi, 'translationStatus').syncedTo(
              plan.documentId,
              plan.locale,
              plan.revision
            );
          }
        }
      });
      return {
        releases: plans.map((p) => ({
          documentId: p.documentId,
          locale: p.locale,
          created: !p.existing && Object.keys(p.data).length > 0,
          warnings: p.warnings,
          units: p.results,
        })),
      };
    },
  };
};

export type XliffService = ReturnType<typeof xliff>;
