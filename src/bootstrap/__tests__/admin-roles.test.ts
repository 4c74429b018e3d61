import { roleDefinitions } from '../admin-roles';

const RELEASE = 'api::press-release.press-release';
const [officer, translator] = roleDefinitions('de', ['en']);
const grants = (role: typeof officer, subject: string, action: string) =>
  role.grants.filter(
    (g) => g.subject === subject && g.action === `plugin::content-manager.explorer.${action}`
  );

describe('role definitions', () => {
  it('the press officer publishes releases in every language', () => {
    expect(grants(officer, RELEASE, 'publish')[0].locales).toEqual(['de', 'en']);
    expect(grants(officer, RELEASE, 'delete')[0].locales).toEqual(['de', 'en']);
  });

  it('the translator reads every language but writes only the translations, and only localized fields', () => {
    expect(grants(translator, RELEASE, 'read')[0].locales).toEqual(['de', 'en']);
    for (const action of ['create', 'update']) {
      expect(grants(translator, RELEASE, action)).toEqual([
        expect.objectContaining({ locales: ['en'], localizedOnly: true }),
      ]);
    }
    expect(translator.grants.some((g) => /\.(publish|delete)$/.test(g.action))).toBe(false);
  });

  it('a third language is just another target', () => {
    const [, t] = roleDefinitions('de', ['en', 'pl']);
    expect(grants(t, RELEASE, 'update')[0].locales).toEqual(['en', 'pl']);
  });
});
