import type { Core } from '@strapi/strapi';
import type { ContentVersion } from './content-version';
import type { FeedData } from './feed-data';
import type { Publishing } from './publishing';
import type { ReleasePublishing } from './release-publishing';
import type { RenderCache } from './render-cache';
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
};

/** The plugin's services, typed: `getService(strapi, 'feedData').feed(…)`. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin('newsroom').service(name) as Services[K];
