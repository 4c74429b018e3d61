import deliverySchema from './delivery/schema.json';
import feedStateSchema from './feed-state/schema.json';
import outletSchema from './outlet/schema.json';
import scheduleSchema from './schedule/schema.json';
import translationStatusSchema from './translation-status/schema.json';

// Indexes are set in register.ts: Strapi reads them from the registered content type.
export default {
  'feed-state': { schema: feedStateSchema },
  'translation-status': { schema: translationStatusSchema },
  schedule: { schema: scheduleSchema },
  outlet: { schema: outletSchema },
  delivery: { schema: deliverySchema },
};
