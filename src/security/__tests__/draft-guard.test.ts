import type { Core } from '@strapi/strapi';
import { mayReadDrafts, publishedOnlyFilters } from '../draft-guard';

const models: Record<string, object> = {
  'api::category.category': {
    options: { draftAndPublish: false },
    attributes: {
      name: { type: 'string' },
      pressReleases: { type: 'relation', target: 'api::press-release.press-release' },
      parent: { type: 'relation', target: 'api::category.category' },
    },
  },
  'api::press-release.press-release': {
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      images: { type: 'component', component: 'newsroom.image' },
      relatedReleases: { type: 'relation', target: 'api::press-release.press-release' },
    },
  },
  'newsroom.image': { attributes: { caption: { type: 'string' } } },
};
const strapi = { getModel: (uid: string) => models[uid] } as unknown as Core.Strapi;
const PUBLISHED = { publishedAt: { $notNull: true } };

describe('publishedOnlyFilters', () => {
  it('restricts a filter through a relation to published rows', () => {
    expect(
      publishedOnlyFilters(strapi, 'api::category.category', {
        pressReleases: { title: { $eq: 'x' } },
      })
    ).toEqual({
      pressReleases: { $and: [{ title: { $eq: 'x' } }, PUBLISHED] },
    });
  });

  it('walks $and, $or, $not and nested relations', () => {
    const filters = {
      $or: [{ name: 'a' }, { pressReleases: { relatedReleases: { title: 'y' } } }],
      $not: { pressReleases: { title: 'z' } },
    };
    expect(publishedOnlyFilters(strapi, 'api::category.category', filters)).toEqual({
      $or: [
        { name: 'a' },
        {
          pressReleases: {
            $and: [{ relatedReleases: { $and: [{ title: 'y' }, PUBLISHED] } }, PUBLISHED],
          },
        },
      ],
      $not: { pressReleases: { $and: [{ title: 'z' }, PUBLISHED] } },
    });
  });

  it('leaves relations to types without draft & publish, and plain fields, alone', () => {
    const filters = { parent: { name: 'p' }, name: { $contains: 'x' } };
    expect(publishedOnlyFilters(strapi, 'api::category.category', filters)).toEqual(filters);
  });
});

describe('mayReadDrafts', () => {
  const uid = 'api::press-release.press-release';
  const ability = (allowed: string[]) => ({ can: (a: string) => allowed.includes(a) });

  it('no one without credentials: the Public role', () => {
    expect(mayReadDrafts(undefined, uid)).toBe(false);
    expect(
      mayReadDrafts(
        {
          strategy: { name: 'users-permissions' },
          credentials: null,
          ability: ability([`${uid}.find`]),
        },
        uid
      )
    ).toBe(false);
  });

  it('not read-only tokens, nor roles that can only read', () => {
    expect(
      mayReadDrafts(
        { strategy: { name: 'content-api-token' }, credentials: { type: 'read-only' } },
        uid
      )
    ).toBe(false);
    expect(
      mayReadDrafts(
        {
          strategy: { name: 'users-permissions' },
          credentials: {},
          ability: ability([`${uid}.find`]),
        },
        uid
      )
    ).toBe(false);
  });

  it('full-access tokens and callers who can write the type', () => {
    expect(
      mayReadDrafts(
        { strategy: { name: 'content-api-token' }, credentials: { type: 'full-access' } },
        uid
      )
    ).toBe(true);
    expect(
      mayReadDrafts(
        {
          strategy: { name: 'content-api-token' },
          credentials: { type: 'custom' },
          ability: ability([`${uid}.update`]),
        },
        uid
      )
    ).toBe(true);
  });
});
