export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Feeds and public pages (/feeds…, /newsroom/…), answered before the router; see the plugin.
  'plugin::newsroom.public-routes',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
