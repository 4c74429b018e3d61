import type { Core } from '@strapi/strapi';
import { checkSchema } from '../bootstrap';
import config, { defaultConfig } from '../config';

describe('plugin config', () => {
  it('accepts the defaults', () => {
    expect(() => config.validator(defaultConfig)).not.toThrow();
  });

  it.each([
    [{ siteUrl: 'not a url' }, 'newsroom.config.siteUrl'],
    [{ feedLimit: 0 }, 'newsroom.config.feedLimit'],
    [{ locales: [] }, 'newsroom.config.locales'],
    [
      { itemUrlTemplate: 'https://www.leipzig.de/presse/{locale}' },
      'newsroom.config.itemUrlTemplate: must be empty or an absolute http(s) URL containing {slug}',
    ],
    [{ contentType: 'press-release' }, 'newsroom.config.contentType'],
    [{ fields: { ...defaultConfig.fields, title: 42 } }, 'newsroom.config.fields.title'],
  ])('refuses %j, naming the key', (override, message) => {
    expect(() => config.validator({ ...defaultConfig, ...override })).toThrow(message);
  });

  it('checks the configured type and fields against the real schema at boot', () => {
    const models: Record<string, { attributes: Record<string, object> }> = {
      'api::press-release.press-release': {
        attributes: Object.fromEntries(Object.values(defaultConfig.fields).map((f) => [f, {}])),
      },
      'api::newsroom.newsroom': { attributes: {} },
    };
    const strapi = { getModel: (uid: string) => models[uid] } as unknown as Core.Strapi;
    expect(() => checkSchema(strapi, defaultConfig)).not.toThrow();
    expect(() =>
      checkSchema(strapi, {
        ...defaultConfig,
        fields: { ...defaultConfig.fields, summary: 'lead2' },
      })
    ).toThrow(
      'newsroom.config.fields.summary: "lead2" is not an attribute of api::press-release.press-release.'
    );
    expect(() => checkSchema(strapi, { ...defaultConfig, contentType: 'api::x.x' })).toThrow(
      'newsroom.config.contentType: "api::x.x" is not a content type of this app.'
    );
  });
});
