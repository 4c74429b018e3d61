import feedStateSchema from './feed-state/schema.json';
import translationStatusSchema from './translation-status/schema.json';

export default {
  'feed-state': { schema: feedStateSchema },
  'translation-status': {
    schema: translationStatusSchema,
    // The Translations list filters by language and status and sorts by the source's last change.
    indexes: [
      {
        name: 'newsroom_translation_statuses_list',
        columns: ['target_locale', 'status', 'source_updated_at'],
      },
      {
        name: 'newsroom_translation_statuses_release',
        columns: ['release_id', 'target_locale'],
        type: 'unique',
      },
    ],
  },
};
