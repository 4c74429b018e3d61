import type { Core } from '@strapi/strapi';

/**
 * A counter in the database that every change to published content increments. Each instance
 * keeps rendered feeds and pages in memory and compares this one cheap row before serving them,
 * so a change made through any instance behind the load balancer is seen by all at once.
 */

const TABLE = 'newsroom_feed_states';
const KEY = 'content';

export const contentVersion = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.getConnection(TABLE);

  const read = async (): Promise<string> => {
    const row = (await table().where({ key: KEY }).first('version')) as
      | { version: string | number }
      | undefined;
    if (!row) throw new Error('newsroom: the content version row is missing');
    return String(row.version);
  };
  let running: Promise<string> | undefined;
  let queued: Promise<string> | undefined;

  const bumpNow = async () => {
    await table().where({ key: KEY }).increment('version', 1);
  };

  return {
    /** Creates the counter row if this is the first start (several instances may race). */
    async ensure(): Promise<void> {
      const row = await table().where({ key: KEY }).first('id');
      if (row) return;
      try {
        await strapi.db
          .query('plugin::newsroom.feed-state')
          .create({ data: { key: KEY, version: '1' } });
      } catch (error) {
        // Another instance created it first: the unique key refused ours.
        if (!(await table().where({ key: KEY }).first('id'))) throw error;
      }
    },

    /**
     * The current version, as a string (PostgreSQL returns bigint as text). Read for every feed
     * request, so concurrent requests share reads: a request that arrives while a read is under
     * way waits for the next one, which starts after it arrived. Every answer still reflects a
     * read made after its request came in, and under load the database sees a few reads, not
     * one per request.
     */
    current(): Promise<string> {
      if (!running) {
        running = read().finally(() => {
          running = undefined;
        });
        return running;
      }
      queued ??= running
        .then(
          () => undefined,
          () => undefined
        )
        .then(() => {
          queued = undefined;
          return this.current();
        });
      return queued;
    },

    /**
     * Marks every cached feed and page as outdated. Inside a transaction it waits for the commit:
     * bumping earlier would let another instance cache the old content under the new version.
     */
    async bump(): Promise<void> {
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => {
          onCommit(() => {
            bumpNow().catch((error) =>
              strapi.log.error(`[newsroom] version bump failed: ${String(error)}`)
            );
          });
        });
        return;
      }
      await bumpNow();
    },
  };
};

export type ContentVersion = ReturnType<typeof contentVersion>;
