import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Config } from '../config';
import { retryDelaySeconds } from '../push/backoff';
import { post } from '../push/send';
import { SIGNATURE_HEADER, sign } from '../push/signature';

/**
 * The outbox: every webhook and WebSub ping is a row written in the same transaction as the change
 * it reports, so a crash right after a commit loses nothing. Each instance then delivers due rows:
 * a row is claimed with a conditional UPDATE (one instance wins), sent, and marked delivered, or
 * retried with exponential backoff until `retryForSeconds` have passed, then dead-lettered.
 * A claim whose instance died expires after `leaseSeconds` and is taken over: delivery is at least
 * once, and a repeat carries the same idempotency key.
 */

const UID = 'plugin::newsroom.delivery';
const OUTLET = 'plugin::newsroom.outlet';
const BATCH = 20;
const LOG_LIMIT = 20;

export type Delivery = {
  id: number;
  kind: 'webhook' | 'websub';
  event: string;
  releaseId: string | null;
  outletId: string | null;
  target: string;
  payload: string;
  idempotencyKey: string;
  state: 'pending' | 'delivering' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: string;
  giveUpAt: string;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  log: { at: string; status?: number; error?: string }[] | null;
};

export type NewDelivery = {
  kind: Delivery['kind'];
  event: string;
  releaseId?: string;
  outletId?: string;
  target: string;
  payload: string;
};

export const outbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => (strapi.config.get('plugin::newsroom') as Config).push;
  const rows = () => strapi.db.query(UID);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;

  const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

  /** Due: waiting and its time has come, or claimed by an instance whose lease ran out. */
  const due = (now: Date) => ({
    $or: [
      { state: 'pending', nextAttemptAt: { $lte: now } },
      { state: 'delivering', leaseUntil: { $lt: now } },
    ],
  });

  /** Claims one due row for this instance; false when another instance was faster. */
  const claim = async (row: Delivery): Promise<boolean> => {
    const { count } = await rows().updateMany({
      where: { id: row.id, ...due(new Date()) },
      data: { state: 'delivering', leaseUntil: later(config().leaseSeconds) },
    });
    return count === 1;
  };

  const headersFor = async (row: Delivery): Promise<Record<string, string> | null> => {
    if (row.kind === 'websub') {
      return { 'Content-Type': 'application/x-www-form-urlencoded' };
    }
    const outlet = (await strapi.db.query(OUTLET).findOne({
      where: { documentId: row.outletId },
      select: ['webhookSecret', 'active'],
    })) as { webhookSecret?: string | null; active?: boolean } | null;
    if (!outlet?.webhookSecret) return null;
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'City-Newsroom-Webhooks/1.0',
      'Idempotency-Key': row.idempotencyKey,
      'X-Newsroom-Event': row.event,
      [SIGNATURE_HEADER]: sign(outlet.webhookSecret, row.payload, timestamp),
    };
  };

  const attempt = async (row: Delivery): Promise<void> => {
    const headers = await headersFor(row);
    const { timeoutMs, allowPrivateAddresses, firstRetrySeconds, maxRetrySeconds } = config();
    const result = headers
      ? await post(row.target, row.payload, headers, {
          timeoutMs,
          allowPrivate: allowPrivateAddresses,
        })
      : { ok: false, status: undefined, error: 'the outlet has no webhook secret' };
    const attempts = row.attempts + 1;
    const at = new Date();
    const log = [
      ...(row.log ?? []),
      { at: at.toISOString(), status: result.status, error: result.error },
    ].slice(-LOG_LIMIT);
    const common = {
      attempts,
      lastStatus: result.status ?? null,
      lastError: result.error ?? null,
      log,
      leaseUntil: null,
    };
    if (result.ok) {
      await rows().update({
        where: { id: row.id },
        data: { ...common, state: 'delivered', deliveredAt: at },
      });
      return;
    }
    const next = later(retryDelaySeconds(attempts, firstRetrySeconds, maxRetrySeconds));
    const dead = next.getTime() > new Date(row.giveUpAt).getTime();
    await rows().update({
      where: { id: row.id },
      data: { ...common, state: dead ? 'dead' : 'pending', nextAttemptAt: next },
    });
    if (dead)
      strapi.log.warn(
        `[newsroom] delivery ${row.id} (${row.event} to ${row.target}) dead-lettered after ${attempts} attempts: ${result.error}`
      );
  };

  /** Forgets finished deliveries after `keepDays` (the admin panel shows the recent ones). */
  const purge = async (): Promise<number> => {
    const before = new Date(Date.now() - config().keepDays * 86_400_000);
    const { count } = await rows().deleteMany({
      where: { state: { $in: ['delivered', 'dead'] }, updatedAt: { $lt: before } },
    });
    return count;
  };

  const deliverDue = async (): Promise<void> => {
    for (;;) {
      const found = (await rows().findMany({
        where: due(new Date()),
        orderBy: { id: 'asc' },
        limit: BATCH,
      })) as Delivery[];
      if (found.length === 0 || stopped) return;
      for (const row of found) {
        if (stopped) return;
        if (await claim(row)) await attempt(row);
      }
    }
  };

  let lastPurge = 0;
  const run = (): void => {
    if (stopped) return;
    if (Date.now() - lastPurge > 3_600_000) {
      lastPurge = Date.now();
      void purge().catch((error) => {
        strapi.log.error(`[newsroom] outbox purge: ${String(error)}`);
      });
    }
    if (running) {
      again = true;
      return;
    }
    running = deliverDue()
      .catch((error) => {
        strapi.log.error(`[newsroom] outbox: ${String(error)}`);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };

  return {
    /**
     * Writes a delivery. Inside a transaction it commits or rolls back with the change; a row
     * still waiting for its first attempt with the same outlet, release and event takes the newer
     * payload instead of a second row (publishing two languages together sends one event).
     */
    async enqueue(delivery: NewDelivery): Promise<void> {
      const now = new Date();
      const optional = (value: string | undefined) => (value ? value : { $null: true });
      const waiting = {
        kind: delivery.kind,
        event: delivery.event,
        target: delivery.target,
        releaseId: optional(delivery.releaseId),
        outletId: optional(delivery.outletId),
        state: 'pending',
        attempts: 0,
      };
      if (delivery.kind === 'websub') {
        // A ping for a feed URL that is still waiting says all a second one would.
        if (await rows().findOne({ where: { ...waiting, payload: delivery.payload } })) return;
      } else {
        const { count } = await rows().updateMany({
          where: waiting,
          data: { payload: delivery.payload },
        });
        if (count > 0) return;
      }
      await rows().create({
        data: {
          ...delivery,
          idempotencyKey: crypto.randomUUID(),
          state: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          giveUpAt: later(config().retryForSeconds),
          log: [],
        },
      });
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(() => this.wake()));
      } else this.wake();
    },

    /** Deliver now rather than at the next poll (after a commit that wrote rows). */
    wake(): void {
      if (config().deliver) run();
    },

    start(): void {
      if (!config().deliver || !stopped) return;
      stopped = false;
      timer = setInterval(run, config().pollMs);
      timer.unref();
      run();
    },

    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },

    /** Sends a delivery again with the same body and idempotency key, and a fresh retry window. */
    async resend(id: number): Promise<Delivery | null> {
      const row = (await rows().findOne({ where: { id } })) as Delivery | null;
      if (!row) return null;
      const updated = (await rows().update({
        where: { id },
        data: {
          state: 'pending',
          nextAttemptAt: new Date(),
          giveUpAt: later(config().retryForSeconds),
          leaseUntil: null,
        },
      })) as Delivery;
      this.wake();
      return updated;
    },

    /** The newest deliveries of one outlet, for the admin panel. */
    async forOutlet(outletId: string, limit = 50): Promise<Delivery[]> {
      return (await rows().findMany({
        where: { outletId },
        orderBy: { id: 'desc' },
        limit,
      })) as Delivery[];
    },

    purge,
  };
};

export type Outbox = ReturnType<typeof outbox>;
