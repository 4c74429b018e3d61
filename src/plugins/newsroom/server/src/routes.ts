/**
 * Public routes at the site root, without authentication on purpose: feeds and pages show
 * published, past-embargo content only (services/feed-data.ts). They use the 'admin' router
 * because it is mounted at the root; 'content-api' routers always sit below /api.
 */
const route = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false as const, policies: [] },
});

export default {
  public: {
    type: 'admin',
    prefix: '',
    routes: [
      route('/feeds', 'feeds.index'),
      route('/feeds.opml', 'feeds.opml'),
      route('/feeds/:locale/:file', 'feeds.feed'),
      route('/newsroom/:locale', 'pages.list'),
      route('/newsroom/:locale/:slug', 'pages.release'),
    ],
  },
};
