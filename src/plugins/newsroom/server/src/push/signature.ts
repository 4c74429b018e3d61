import crypto from 'crypto';

/**
 * Webhook signatures: `X-Newsroom-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * "<t>.<raw body>" with the outlet's secret. The timestamp inside the MAC lets a receiver refuse
 * replays older than a few minutes; the idempotency key lets it drop repeats.
 */

export const SIGNATURE_HEADER = 'X-Newsroom-Signature';

export const sign = (secret: string, body: string, timestamp: number): string => {
  const mac = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
};

/** What a receiver does (the README shows the same in a snippet). */
export const verify = (
  secret: string,
  body: string,
  header: string,
  now: number,
  toleranceSeconds = 300
): boolean => {
  const parts = Object.fromEntries(
    header.split(',').map((p) => p.split('=', 2) as [string, string])
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(now - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(sign(secret, body, t).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
};
