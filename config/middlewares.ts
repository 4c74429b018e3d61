export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Feeds and public pages (/feeds…, /newsroom/…), answered before the router; see the plugin.
  'plugin::newsroom.public-routes',
  // XLIFF files up to 10 MB are sent as JSON to the newsroom's import (services/xliff.ts).
  { name: 'strapi::body', config: { jsonLimit: '10mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
