/**
 * The one model every feed format and page is rendered from. Plain data: the data layer
 * (services/feed-data.ts) builds it from Strapi, the renderers here turn it into strings.
 * Every string in it is already clean (text.ts): no character XML 1.0 forbids.
 */

export type Person = { name: string; email?: string; url?: string };

export type Image = {
  url: string;
  mime: string;
  width?: number;
  height?: number;
  bytes?: number;
  caption: string;
  alt: string;
  credit: string;
  licence: string;
};

export type Attachment = { url: string; mime: string; bytes?: number; title: string };

export type Alternate = { language: string; url: string; title: string };

export type Term = { slug: string; name: string; kind: 'category' | 'district' };

export type Contact = { name: string; role: string; email: string; phone: string };

export type Correction = { date: Date; note: string };

export type Release = {
  /** Stable across edits, restarts and formats; never the numeric row id. */
  id: string;
  documentId: string;
  slug: string;
  url: string;
  language: string;
  title: string;
  subtitle: string;
  summary: string;
  /** Sanitized HTML of the body, URLs absolute. */
  bodyHtml: string;
  dateline: string;
  releaseNumber: string;
  published: Date;
  updated: Date;
  terms: Term[];
  author: Person;
  contacts: Contact[];
  images: Image[];
  attachments: Attachment[];
  corrections: Correction[];
  alternates: Alternate[];
  /** Only in the embargo feed for accredited outlets: when the release may be published. */
  embargoUntil?: Date;
};

export type Channel = {
  id: string;
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  selfUrl: string;
  /** The same feed in other formats, for discovery. */
  updated: Date;
  ttlMinutes: number;
  logo?: { url: string; width?: number; height?: number };
  copyright: string;
  boilerplate: string;
  organisation: Person;
  hubUrl?: string;
  generator: { name: string; url: string; version: string };
};

export type Feed = { channel: Channel; items: Release[] };
