import type { Core } from '@strapi/strapi';
import { CATEGORY, CONTACT, DISTRICT, NEWSROOM, RELEASE } from '../content/documents';
import { localesConfig } from './locales';

/**
 * The newsroom's admin roles, defined here and re-asserted on every start, so a database created
 * before a change to this file gets the same roles as a new one. Edit this file, not the roles in
 * the admin panel: changes made there are reset on the next start.
 */

const CM = 'plugin::content-manager.explorer';
const OUTLET = 'plugin::newsroom.outlet';

/** `localizedOnly`: only fields that differ per locale. Strapi copies the others to every locale on
 * save, so a role that may edit only translations must not write them. */
type Grant = { action: string; subject?: string; locales?: string[]; localizedOnly?: boolean };
type RoleDefinition = { code: string; name: string; description: string; grants: Grant[] };

const UPLOAD: Grant[] = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action }));

/** The plugin's Translations page and API, and XLIFF import (src/plugins/newsroom). */
const TRANSLATIONS: Grant[] = [
  { action: 'plugin::newsroom.translations.read' },
  { action: 'plugin::newsroom.translations.import' },
];

const crud = (
  subject: string,
  actions: string[],
  locales: string[],
  localizedOnly = false
): Grant[] => actions.map((a) => ({ action: `${CM}.${a}`, subject, locales, localizedOnly }));

export const roleDefinitions = (source: string, targets: string[]): RoleDefinition[] => {
  const all = [source, ...targets];
  return [
    {
      code: 'newsroom-press-officer',
      name: 'Press officer',
      description:
        'Writes, publishes, schedules and unpublishes releases in every language; manages categories, districts, contacts and accredited outlets.',
      grants: [
        ...crud(RELEASE, ['create', 'read', 'update', 'delete', 'publish'], all),
        ...[CATEGORY, DISTRICT, CONTACT].flatMap((s) =>
          crud(s, ['create', 'read', 'update', 'delete'], all)
        ),
        ...crud(NEWSROOM, ['create', 'read', 'update'], all),
        // Outlets are not localized: no locales in their permissions.
        ...['create', 'read', 'update', 'delete'].map((a) => ({
          action: `${CM}.${a}`,
          subject: OUTLET,
        })),
        ...UPLOAD,
        ...TRANSLATIONS,
        { action: 'plugin::newsroom.schedules.manage' },
        { action: 'plugin::newsroom.outlets.manage' },
      ],
    },
    {
      code: 'newsroom-translator',
      name: 'Translator',
      description:
        'Reads the source language; creates and edits translations only. Cannot publish or delete.',
      grants: [
        ...crud(RELEASE, ['read'], all),
        ...crud(RELEASE, ['create', 'update'], targets, true),
        ...[CATEGORY, DISTRICT, CONTACT, NEWSROOM].flatMap((s) => [
          ...crud(s, ['read'], all),
          ...crud(s, ['create', 'update'], targets, true),
        ]),
        { action: 'plugin::upload.read' },
        ...TRANSLATIONS,
      ],
    },
  ];
};

type Action = { actionId: string; subjects?: string[]; options?: { applyToProperties?: string[] } };

export const ensureAdminRoles = async (strapi: Core.Strapi): Promise<void> => {
  const { source, targets } = localesConfig(strapi);
  const roleService = strapi.service('admin::role');
  const contentTypeService = strapi.service('admin::content-type');
  const { actionProvider } = strapi.service('admin::permission') as {
    actionProvider: { get: (id: string) => Action | undefined };
  };
  const i18n = strapi.plugin('i18n').service('content-types');
  const localizedFields = (subject: string, fields: string[] | undefined) => {
    const localized = new Set(
      i18n.getLocalizedAttributes(strapi.getModel(subject as never)) as string[]
    );
    return fields?.filter((field) => localized.has(field.split('.')[0]));
  };

  for (const definition of roleDefinitions(source, targets)) {
    let role = (await roleService.findOne({ code: definition.code })) as { id: number } | null;
    if (!role) {
      role = (await roleService.create({
        name: definition.name,
        code: definition.code,
        description: definition.description,
      })) as { id: number };
      strapi.log.info(`[newsroom] created admin role ${definition.name}`);
    }
    const permissions = definition.grants.flatMap((grant) => {
      const action = actionProvider.get(grant.action);
      if (!action) throw new Error(`Unknown admin action ${grant.action} in ${definition.name}.`);
      if (!grant.subject) return [{ action: grant.action, properties: {}, conditions: [] }];
      // Every field of the type, nested into components, as the admin's own Editor role does.
      const [withFields] = contentTypeService.getPermissionsWithNestedFields([
        { ...action, subjects: [grant.subject] },
      ]) as { properties: { fields?: string[] } }[];
      const fields = grant.localizedOnly
        ? localizedFields(grant.subject, withFields.properties.fields)
        : withFields.properties.fields;
      return [
        {
          action: grant.action,
          subject: grant.subject,
          properties: {
            ...withFields.properties,
            ...(fields && { fields }),
            locales: grant.locales,
          },
          conditions: [],
        },
      ];
    });
    await roleService.assignPermissions(role.id, permissions);
  }
};
