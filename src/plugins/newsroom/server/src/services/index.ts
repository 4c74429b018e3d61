import { contentVersion } from './content-version';
import { feedData } from './feed-data';
import { outbox } from './outbox';
import { outlets } from './outlets';
import { publishing } from './publishing';
import { pushEvents } from './push-events';
import { releasePublishing } from './release-publishing';
import { renderCache } from './render-cache';
import { scheduler } from './scheduler';
import { sitemaps } from './sitemaps';
import { translationStatus } from './translation-status';
import { xliff } from './xliff';

export default {
  contentVersion,
  feedData,
  outbox,
  outlets,
  publishing,
  pushEvents,
  releasePublishing,
  renderCache,
  scheduler,
  sitemaps,
  translationStatus,
  xliff,
};
