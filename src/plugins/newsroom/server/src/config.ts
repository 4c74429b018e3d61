import { z } from '@strapi/utils';
import { DEFAULT_READINESS } from './translation/readiness';

/**
 * The plugin's options (config/plugins.ts → newsroom.config). Defaults match this app; every key
 * is validated at boot, and a wrong one stops the start with a message naming it.
 */
export const configSchema = z.object({
  // The collection type the feeds and pages publish.
  contentType: z.string().regex(/^api::[\w-]+\.[\w-]+$/),
  // Which attribute of that type plays which part in a feed item.
  fields: z.object({
    title: z.string(),
    subtitle: z.string(),
    summary: z.string(),
    body: z.string(),
    slug: z.string(),
    dateline: z.string(),
    releaseNumber: z.string(),
    published: z.string(),
    embargo: z.string(),
    categories: z.string(),
    districts: z.string(),
    contacts: z.string(),
    images: z.string(),
    attachments: z.string(),
    corrections: z.string(),
  }),
  // The single type holding organisation name, boilerplate, website, logo (channel data).
  newsroomType: z.string().regex(/^api::[\w-]+\.[\w-]+$/),
  // Languages with feeds and pages; the first is the source language (hreflang x-default).
  locales: z.array(z.string().min(2)).min(1),
  // Public base URL of this server, for absolute links (no trailing slash).
  siteUrl: z.string().url(),
  // Where a feed item links to; {locale} and {slug} are replaced. Empty: our own /newsroom page.
  itemUrlTemplate: z
    .string()
    .refine((t) => t === '' || (t.includes('{slug}') && /^https?:\/\//.test(t)), {
      message: 'must be empty or an absolute http(s) URL containing {slug}',
    }),
  // Authority for the stable tag: URIs of items and feeds (RFC 4151), e.g. "leipzig.de,2025".
  idAuthority: z.string().regex(/^[\w.-]+,\d{4}(-\d{2}(-\d{2})?)?$/),
  // Items per feed when ?limit is absent, and the most ?limit may ask for.
  feedLimit: z.number().int().min(1).max(500),
  // Releases per /newsroom/{locale} page.
  pageSize: z.number().int().min(1).max(100),
  // Cache-Control max-age of feeds and pages, in seconds.
  maxAge: z.number().int().min(0),
  // RSS <ttl>, in minutes.
  ttlMinutes: z.number().int().min(1),
  // Rendered feeds kept in memory per instance.
  cacheEntries: z.number().int().min(1),
  // Seconds a client should wait after a 503.
  retryAfter: z.number().int().min(1),
  // Publish-readiness checks: 'block' refuses publishing, 'warn' only shows, 'off' hides.
  readiness: z.object(
    Object.fromEntries(
      Object.keys(DEFAULT_READINESS).map((k) => [k, z.enum(['block', 'warn', 'off'])])
    ) as Record<
      keyof typeof DEFAULT_READINESS,
      z.ZodEnum<{ block: 'block'; warn: 'warn'; off: 'off' }>
    >
  ),
});

export type Config = z.infer<typeof configSchema>;

export const defaultConfig: Config = {
  contentType: 'api::press-release.press-release',
  fields: {
    title: 'title',
    subtitle: 'subtitle',
    summary: 'lead',
    body: 'body',
    slug: 'slug',
    dateline: 'dateline',
    releaseNumber: 'releaseNumber',
    published: 'releaseDate',
    embargo: 'embargoUntil',
    categories: 'categories',
    districts: 'districts',
    contacts: 'contacts',
    images: 'images',
    attachments: 'attachments',
    corrections: 'corrections',
  },
  newsroomType: 'api::newsroom.newsroom',
  locales: ['de', 'en'],
  siteUrl: 'http://localhost:1337',
  itemUrlTemplate: '',
  idAuthority: 'localhost,2025',
  feedLimit: 50,
  pageSize: 20,
  maxAge: 60,
  ttlMinutes: 30,
  cacheEntries: 500,
  retryAfter: 30,
  readiness: DEFAULT_READINESS,
};

export default {
  default: defaultConfig,
  validator: (config: unknown) => {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      const problems = result.error.issues.map(
        (i) => `newsroom.config.${i.path.join('.')}: ${i.message}`
      );
      throw new Error(
        `Invalid newsroom plugin config in config/plugins.ts:\n  ${problems.join('\n  ')}`
      );
    }
  },
};
