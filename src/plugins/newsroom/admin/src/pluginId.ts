export const PLUGIN_ID = 'newsroom';

/** Message ids of the plugin are prefixed, as Strapi's own plugins do. */
export const t = (id: string) => `${PLUGIN_ID}.${id}`;
