import crypto from 'crypto';
import os from 'os';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Config } from '../config';
import { humanDateTimeZone, parseBerlinTime } from '../feeds/dates';
import { getService } from './get-service';

/**
 * Embargo schedules: a release is published by the newsroom itself when its embargo ends. The
 * schedule is a row in the database, so it survives restarts, and every instance looks for due
 * rows; a conditional UPDATE lets exactly one claim each. The publish and the row's "done" are one
 * transaction: if the instance dies in between, nothing is half-done and another instance takes
 * the stale claim over after CLAIM_SECONDS.
 */

const UID_SCHEDULE = 'plugin::newsroom.schedule';
const CLAIM_SECONDS = 60;

export type Schedule = {
  id: number;
  releaseId: string;
  runAt: string;
  state: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  claimedBy: string | null;
  finishedAt: string | null;
  published: string[] | null;
  lastError: string | null;
};

type Checker = { cannot: { publish: (entity: object) => boolean } };
type Doc = Record<string, unknown> & { documentId: string };

/** A schedule as the admin panel shows it: the instant in UTC and as read in Leipzig. */
export const scheduleView = (s: Schedule) => ({
  releaseId: s.releaseId,
  state: s.state,
  runAt: new Date(s.runAt).toISOString(),
  runAtLocal: humanDateTimeZone(new Date(s.runAt), 'de'),
  published: s.published ?? [],
  finishedAt: s.finishedAt,
  error: s.lastError,
});

export const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const rows = () => strapi.db.query(UID_SCHEDULE);
  const releases = () => strapi.documents(config().contentType as UID.ContentType);
  const source = () => config().locales[0];
  const instance = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const find = async (documentId: string) =>
    (await rows().findOne({ where: { releaseId: documentId } })) as Schedule | null;

  const goingOut = async (documentId: string) => [
    source(),
    ...(await getService(strapi, 'releasePublishing').translationsGoingOut(documentId)),
  ];

  /** Publishes one claimed schedule; the row becomes done in the same transaction. */
  const publish = async (row: Schedule): Promise<void> => {
    try {
      await strapi.db.transaction(async () => {
        const result = await getService(strapi, 'releasePublishing').publishTogether(
          row.releaseId,
          { sourceOnly: true },
          undefined
        );
        const { count } = await rows().updateMany({
          where: { id: row.id, state: 'running', claimedBy: instance },
          data: { state: 'done', finishedAt: new Date(), published: result.published },
        });
        // Another instance took the claim over (this one was too slow): its publish counts.
        if (count !== 1) throw new Error('the claim was taken over by another instance');
      });
      strapi.log.info(`[newsroom] embargo ended: release ${row.releaseId} published`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The release itself is the problem (not ready, deleted): a press officer must act. Anything
      // else (a lock, a lost connection) is tried again at the next look.
      const permanent =
        error instanceof errors.ValidationError || error instanceof errors.NotFoundError;
      await rows().updateMany({
        where: { id: row.id, state: 'running', claimedBy: instance },
        data: permanent
          ? { state: 'failed', finishedAt: new Date(), lastError: message }
          : { state: 'pending', claimedBy: null, claimedAt: null, lastError: message },
      });
      strapi.log.error(
        `[newsroom] scheduled publish of ${row.releaseId} ${permanent ? 'failed' : 'will be retried'}: ${message}`
      );
    }
  };

  const runDue = async (): Promise<void> => {
    const now = new Date();
    const stale = new Date(now.getTime() - CLAIM_SECONDS * 1000);
    const due = { state: 'pending', runAt: { $lte: now } };
    const abandoned = { state: 'running', claimedAt: { $lt: stale } };
    const found = (await rows().findMany({
      where: { $or: [due, abandoned] },
      orderBy: { runAt: 'asc' },
      limit: 20,
    })) as Schedule[];
    for (const row of found) {
      const { count } = await rows().updateMany({
        where: { id: row.id, $or: [due, abandoned] },
        data: { state: 'running', claimedBy: instance, claimedAt: new Date() },
      });
      if (count === 1) await publish(row);
    }
  };

  return {
    /**
     * Schedules a release for its embargo. `embargoUntil` (optional) sets or moves the embargo:
     * ISO 8601 with an offset, or Leipzig wall-clock time. Checks the user may publish and that
     * the release will be ready at that instant; tells accredited outlets (pubstatus withheld).
     */
    async schedule(documentId: string, embargoUntil: string | undefined, userAbility: unknown) {
      const f = config().fields;
      const checker = strapi
        .plugin('content-manager')
        .service('permission-checker')
        .create({ userAbility, model: config().contentType }) as Checker;
      if (checker.cannot.publish({ locale: source() }))
        throw new errors.ForbiddenError(`Your role may not publish "${source()}".`);
      const draft = (await releases().findOne({
        documentId,
        locale: source(),
        status: 'draft',
        fields: [f.embargo],
      } as never)) as Doc | null;
      if (!draft) throw new errors.NotFoundError(`No release ${documentId} in "${source()}".`);
      const isPublic = await releases().findOne({
        documentId,
        locale: source(),
        status: 'published',
        fields: ['documentId'],
      } as never);
      if (isPublic)
        throw new errors.ValidationError('This release is already public; nothing to schedule.');
      let runAt: Date;
      try {
        runAt =
          embargoUntil !== undefined
            ? parseBerlinTime(embargoUntil)
            : new Date((draft[f.embargo] as string | null) ?? NaN);
      } catch (error) {
        throw new errors.ValidationError((error as Error).message);
      }
      if (Number.isNaN(runAt.getTime()))
        throw new errors.ValidationError(
          'Set the embargo (date and time) first: the release is published when it ends.'
        );
      if (runAt.getTime() <= Date.now())
        throw new errors.ValidationError(
          `The embargo must lie in the future; ${humanDateTimeZone(runAt, 'en')} has passed. To publish now, remove the embargo and publish.`
        );
      await getService(strapi, 'releasePublishing').assertReady(
        documentId,
        source(),
        new Date(runAt.getTime() + 1)
      );
      await strapi.db.transaction(async () => {
        if (embargoUntil !== undefined) {
          await releases().update({
            documentId,
            locale: source(),
            status: 'draft',
            data: { [f.embargo]: runAt.toISOString() },
          } as never);
        }
        const existing = await find(documentId);
        const data = {
          runAt,
          state: 'pending',
          claimedBy: null,
          claimedAt: null,
          finishedAt: null,
          lastError: null,
          published: null,
        };
        if (existing) await rows().update({ where: { id: existing.id }, data });
        else await rows().create({ data: { ...data, releaseId: documentId } });
        await getService(strapi, 'pushEvents').embargo(
          'embargoed',
          documentId,
          await goingOut(documentId),
          runAt
        );
      });
      return scheduleView((await find(documentId)) as Schedule);
    },

    /** Cancels a pending schedule; outlets that hold the embargoed text are told (withdrawn). */
    async cancel(documentId: string, reason = 'cancelled'): Promise<Schedule | null> {
      return strapi.db.transaction(async () => {
        const existing = await find(documentId);
        if (!existing || existing.state !== 'pending') return existing;
        await rows().update({
          where: { id: existing.id },
          data: { state: 'cancelled', finishedAt: new Date(), lastError: reason },
        });
        await getService(strapi, 'pushEvents').embargo(
          'withdrawn',
          documentId,
          await goingOut(documentId),
          new Date(existing.runAt)
        );
        return find(documentId);
      });
    },

    /** Keeps a pending schedule on the release's embargo when an editor changes it. */
    async followEmbargo(documentId: string, value: unknown): Promise<void> {
      const existing = await find(documentId);
      if (!existing || existing.state !== 'pending') return;
      const date = value ? new Date(value as string) : null;
      if (!date || Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
        await this.cancel(documentId, 'the embargo was removed');
        return;
      }
      if (date.getTime() !== new Date(existing.runAt).getTime())
        await rows().update({ where: { id: existing.id }, data: { runAt: date } });
    },

    find,

    /** Pending schedules whose embargo lies ahead, soonest first (the embargo feed). */
    async upcoming(): Promise<Schedule[]> {
      return (await rows().findMany({
        where: { state: 'pending', runAt: { $gt: new Date() } },
        orderBy: { runAt: 'asc' },
        limit: 200,
      })) as Schedule[];
    },

    /** Looks for due schedules now and every `schedulerPollMs` (also right after a start). */
    start(): void {
      if (timer || !config().schedulerEnabled) return;
      const tick = () => {
        if (running) return;
        running = runDue()
          .catch((error) => {
            strapi.log.error(`[newsroom] scheduler: ${String(error)}`);
          })
          .finally(() => {
            running = undefined;
          });
      };
      timer = setInterval(tick, config().schedulerPollMs);
      timer.unref();
      tick();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
};

export type Scheduler = ReturnType<typeof scheduler>;
