import feedStateSchema from './feed-state/schema.json';

export default {
  'feed-state': { schema: feedStateSchema },
};
