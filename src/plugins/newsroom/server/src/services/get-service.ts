import type { Core } from '@strapi/strapi';
import type { ContentVersion } from './content-version';
import type { FeedData } from './feed-data';
import type { Outbox } from './outbox';
import type { Outlets } from './outlets';
import type { Publishing } from './publishing';
import type { PushEvents } from './push-events';
import type { ReleasePublishing } from './release-publishing';
import type { RenderCache } from './render-cache';
import type { Scheduler } from './scheduler';
import type { Sitemaps } from './sitemaps';
import type { TranslationStatusService } from './translation-status';
import type { XliffService } from './xliff';

type Services = {
  contentVersion: ContentVersion;
  releasePublishing: ReleasePublishing;
  renderCache: RenderCache;
  translationStatus: TranslationStatusService;
  xliff: XliffService;
  feedData: FeedData;
  publishing: Publishing;
  scheduler: Scheduler;
  outlets: Outlets;
  outbox: Outbox;
  pushEvents: PushEvents;
  sitemaps: Sitemaps;
};

/** The plugin's services, typed: `getService(strapi, 'feedData').feed(…)`. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin('newsroom').service(name) as Services[K];
