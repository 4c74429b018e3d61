import { contentVersion } from './content-version';
import { feedData } from './feed-data';
import { publishing } from './publishing';
import { renderCache } from './render-cache';
import { translationStatus } from './translation-status';
import { xliff } from './xliff';

export default { contentVersion, feedData, publishing, renderCache, translationStatus, xliff };
