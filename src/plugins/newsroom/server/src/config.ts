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
  // URLs per sitemap file; past it /sitemap.xml becomes an index (the protocol's limit is 50,000).
  sitemapUrlLimit: z.number().int().min(2).max(50000),
  // Whether this instance runs the embargo scheduler (every instance may; one claims each release).
  schedulerEnabled: z.boolean(),
  // The embargo scheduler: how often each instance looks for releases due (milliseconds).
  schedulerPollMs: z.number().int().min(100).max(60000),
  // Pushes to outlets and the WebSub hub, delivered from the outbox table (services/outbox.ts).
  push: z.object({
    // WebSub hub URL; empty: feeds advertise no hub and nothing is pinged.
    hub: z.string().refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), {
      message: 'must be empty or an http(s) URL',
    }),
    // Whether this instance delivers the outbox (it always writes to it).
    deliver: z.boolean(),
    // How often the outbox is looked at, in milliseconds (a commit also wakes it).
    pollMs: z.number().int().min(50).max(60000),
    // How long one delivery may take before it counts as failed, in milliseconds.
    timeoutMs: z.number().int().min(100).max(120000),
    // Wait before the first retry; each further retry waits twice as long, up to maxRetrySeconds.
    firstRetrySeconds: z.number().min(0.01),
    maxRetrySeconds: z.number().min(0.01),
    // How long a failing delivery is retried before it is dead-lettered (24 hours by default).
    retryForSeconds: z.number().min(1),
    // A claimed delivery whose instance died is taken over after this many seconds.
    leaseSeconds: z.number().min(1),
    // Delivered and dead-lettered rows are deleted this many days after their last attempt.
    keepDays: z.number().int().min(1),
    // Allow webhook URLs on private, loopback and link-local addresses (SSRF guard off).
    allowPrivateAddresses: z.boolean(),
  }),
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
  sitemapUrlLimit: 50000,
  schedulerEnabled: true,
  schedulerPollMs: 1000,
  push: {
    hub: '',
    deliver: true,
    pollMs: 1000,
    timeoutMs: 10000,
    firstRetrySeconds: 30,
    maxRetrySeconds: 3600,
    retryForSeconds: 86400,
    leaseSeconds: 60,
    keepDays: 30,
    allowPrivateAddresses: false,
  },
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
