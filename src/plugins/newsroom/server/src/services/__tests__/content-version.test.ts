import type { Core } from '@strapi/strapi';
import { contentVersion } from '../content-version';

/** A fake table whose reads finish when the test says so, returning the version at read start. */
const fakeStrapi = () => {
  let version = 1;
  const reads: { startedAt: number; finish: () => void }[] = [];
  const builder = {
    where: () => builder,
    first: () =>
      new Promise((resolve) => {
        const startedAt = version;
        reads.push({ startedAt, finish: () => resolve({ version: startedAt }) });
      }),
  };
  // A PostgreSQL configuration: reads go through knex (the SQLite fast path is not used).
  const strapi = {
    db: { getConnection: () => builder },
    config: { get: () => ({ connection: { client: 'postgres' } }) },
  } as unknown as Core.Strapi;
  return { strapi, reads, bump: () => (version += 1) };
};

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('content version reads', () => {
  it('never answers a request with a read that started before the request arrived', async () => {
    const { strapi, reads, bump } = fakeStrapi();
    const service = contentVersion({ strapi });
    const first = service.current(); // read 1 starts at version 1
    bump(); // a change commits while read 1 is under way
    const second = service.current(); // arrived after the change: must not get read 1
    const third = service.current();
    expect(reads).toHaveLength(1);
    reads[0].finish();
    expect(await first).toBe('1');
    await tick();
    expect(reads).toHaveLength(2); // one new read serves both waiting requests
    reads[1].finish();
    expect(await second).toBe('2');
    expect(await third).toBe('2');
  });

  it('reads once per wave of concurrent requests, not once per request', async () => {
    const { strapi, reads } = fakeStrapi();
    const service = contentVersion({ strapi });
    const answers = Array.from({ length: 20 }, () => service.current());
    reads[0].finish();
    await tick();
    reads[1].finish();
    expect(await Promise.all(answers)).toEqual(Array(20).fill('1'));
    expect(reads).toHaveLength(2);
  });
});
