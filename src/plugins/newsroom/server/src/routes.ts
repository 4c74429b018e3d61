/**
 * Admin API of the plugin. Not below /newsroom: the public pages own /newsroom/{locale}/…
 * (middlewares/public-routes.ts).
 */
const READ = {
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: ['plugin::newsroom.translations.read'] } },
  ],
};

export default {
  admin: {
    type: 'admin',
    prefix: '/newsroom-admin',
    routes: [
      { method: 'GET', path: '/translations', handler: 'translations.list', config: READ },
      {
        method: 'GET',
        path: '/translations/:documentId',
        handler: 'translations.detail',
        config: READ,
      },
    ],
  },
};
