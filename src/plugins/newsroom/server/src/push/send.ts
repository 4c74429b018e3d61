import dns from 'dns';
import http from 'http';
import https from 'https';
import { isPrivateAddress } from './addresses';

/**
 * One HTTP POST of a delivery. The address check runs in the socket's own DNS lookup, on the
 * address actually connected to, so a host name that resolves (or re-resolves) to a private
 * address is refused too (DNS rebinding). Redirects are not followed.
 */

export type SendResult = { ok: boolean; status?: number; error?: string };

const guardedLookup = (allowPrivate: boolean): typeof dns.lookup =>
  ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => !allowPrivate && isPrivateAddress(a.address));
      if (refused) {
        return callback(
          new Error(`refused: ${hostname} resolves to the private address ${refused.address}`)
        );
      }
      if (options.all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  }) as typeof dns.lookup;

export const post = (
  target: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean }
): Promise<SendResult> =>
  new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve({ ok: false, error: `not a URL: ${target}` });
    }
    const client = url.protocol === 'https:' ? https : http;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // A literal IP skips the lookup, so it is checked here.
    if (!allowPrivate && /^[\d.]+$|:/.test(host) && isPrivateAddress(host)) {
      return resolve({ ok: false, error: `refused: ${host} is a private address` });
    }
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        timeout: timeoutMs,
        lookup: guardedLookup(allowPrivate),
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            error: status >= 200 && status < 300 ? undefined : `HTTP ${status}`,
          });
        });
        response.on('error', (error) =>
          resolve({ ok: false, status: response.statusCode, error: error.message })
        );
      }
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => resolve({ ok: false, error: error.message }));
    request.end(body);
  });
