import { contentVersion } from './content-version';
import { feedData } from './feed-data';
import { publishing } from './publishing';
import { releasePublishing } from './release-publishing';
import { renderCache } from './render-cache';
import { translationStatus } from './translation-status';
import { xliff } from './xliff';

export default {
  contentVersion,
  feedData,
  publishing,
  releasePublishing,
  renderCache,
  translationStatus,
  xliff,
};
