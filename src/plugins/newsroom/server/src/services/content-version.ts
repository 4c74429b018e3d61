import Database from 'better-sqlite3';
import type { Core } from '@strapi/strapi';

/**
 * A counter in the database that every change to published content increments. Each instance
 * keeps rendered feeds and pages in memory and compares this one cheap row before serving them,
 * so a change made through any instance behind the load balancer is seen by all at once.
 */

const TABLE = 'newsroom_feed_states';
const KEY = 'content';
const SELECT = `SELECT version FROM ${TABLE} WHERE key = ?`;

type DatabaseConfig = { connection: { client: string; connection?: { filename?: string } } };

/**
 * On SQLite the counter is read through a read-only connection of our own with a prepared
 * statement: a few microseconds, where a read through knex and Strapi's single pooled connection
 * cost a third of a cached feed request (npm run bench). SQLite lets any number of connections
 * read a file; ours sees every committed write at once. Elsewhere: undefined (knex is used).
 */
const sqliteReader = (strapi: Core.Strapi) => {
  const { connection } = strapi.config.get('database') as DatabaseConfig;
  const filename = connection.connection?.filename;
  if (connection.client !== 'sqlite' || !filename || filename === ':memory:') return undefined;
  let db: Database.Database | undefined;
  let statement: Database.Statement | undefined;
  return {
    read(): string {
      try {
        if (!statement) {
          db = new Database(filename, { readonly: true, fileMustExist: true });
          db.pragma('busy_timeout = 2000');
          statement = db.prepare(SELECT);
        }
        const row = statement.get(KEY) as { version: string | number } | undefined;
        if (!row) throw new Error('newsroom: the content version row is missing');
        return String(row.version);
      } catch (error) {
        // Start over on the next read: the table may come back (a restore, a migration).
        this.close();
        throw error;
      }
    },
    close(): void {
      db?.close();
      db = undefined;
      statement = undefined;
    },
  };
};

export const contentVersion = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.getConnection(TABLE);
  const fast = sqliteReader(strapi);

  const read = async (): Promise<string> => {
    if (fast) return fast.read();
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
    /** Closes the SQLite read connection (plugin destroy). */
    close(): void {
      fast?.close();
    },

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
