import http from 'http';
import type { AddressInfo } from 'net';

/**
 * A webhook receiver (or WebSub hub) on loopback: the third party we cannot reach, as a real HTTP
 * server. It records every request with its raw body; `respond` decides each answer (status, or
 * 'hold' to keep the request open, as a slow outlet would).
 */

export type Received = {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
};

export type Receiver = {
  url: string;
  received: Received[];
  respond: (request: Received) => number | 'hold';
  waitFor: (count: number, timeoutMs?: number) => Promise<Received[]>;
  close: () => Promise<void>;
};

export const startReceiver = async (): Promise<Receiver> => {
  const held: http.ServerResponse[] = [];
  const receiver: Receiver = {
    url: '',
    received: [],
    respond: () => 200,
    waitFor: async (count, timeoutMs = 15000) => {
      const end = Date.now() + timeoutMs;
      while (receiver.received.length < count) {
        if (Date.now() > end)
          throw new Error(`expected ${count} requests, got ${receiver.received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return receiver.received;
    },
    close: async () => {
      held.forEach((res) => res.destroy());
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      receiver.received.push(request);
      const answer = receiver.respond(request);
      if (answer === 'hold') {
        held.push(res);
        return;
      }
      res.statusCode = answer;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
};
