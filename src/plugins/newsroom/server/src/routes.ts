/**
 * Admin API of the plugin. Not below /newsroom: the public pages own /newsroom/{locale}/…
 * (middlewares/public-routes.ts).
 */
const can = (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [`plugin::newsroom.${action}`] } },
  ],
});

const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: can(action),
});

export default {
  admin: {
    type: 'admin',
    prefix: '/newsroom-admin',
    routes: [
      route('GET', '/translations', 'translations.list', 'translations.read'),
      route('GET', '/translations/:documentId', 'translations.detail', 'translations.read'),
      route('GET', '/xliff', 'xliff.export', 'translations.read'),
      // Writes only translations, in the languages the user's role may edit (services/xliff.ts).
      route('POST', '/xliff', 'xliff.import', 'translations.import'),
      route('GET', '/readiness/:documentId', 'publishing.readiness', 'translations.read'),
      // Also checks the Content Manager publish permission per language (services/release-publishing.ts).
      route('POST', '/publish/:documentId', 'publishing.publish', 'translations.read'),
      // Scheduling also checks the Content Manager publish permission (services/scheduler.ts).
      route('GET', '/schedule/:documentId', 'schedules.show', 'schedules.manage'),
      route('POST', '/schedule/:documentId', 'schedules.schedule', 'schedules.manage'),
      route('DELETE', '/schedule/:documentId', 'schedules.cancel', 'schedules.manage'),
      route('POST', '/outlets/:documentId/token', 'outlets.issueToken', 'outlets.manage'),
      route('DELETE', '/outlets/:documentId/token', 'outlets.revokeToken', 'outlets.manage'),
      route('GET', '/outlets/:documentId/deliveries', 'outlets.deliveries', 'outlets.manage'),
      route('POST', '/deliveries/:id/resend', 'outlets.resend', 'outlets.manage'),
    ],
  },
};
