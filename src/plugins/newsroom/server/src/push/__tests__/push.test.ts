import { retryDelaySeconds } from '../backoff';
import { isPrivateAddress, webhookUrlProblem } from '../addresses';
import { ninjsItem, webhookBody } from '../ninjs';
import { sign, verify } from '../signature';
import { channel, context, hostileDocument, HOSTILE } from '../../feeds/__tests__/fixtures';
import { toRelease } from '../../feeds/from-documents';

describe('webhook signatures', () => {
  const body = JSON.stringify({ headline: HOSTILE });
  it('verifies what was signed, and nothing else', () => {
    const header = sign('s3cret', body, 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verify('s3cret', body, header, 1_800_000_100)).toBe(true);
    expect(verify('s3cret', `${body} `, header, 1_800_000_100)).toBe(false);
    expect(verify('other', body, header, 1_800_000_100)).toBe(false);
    expect(
      verify('s3cret', body, header.replace('t=1800000000', 't=1800000001'), 1_800_000_100)
    ).toBe(false);
  });
  it('refuses replays older than the tolerance', () => {
    const header = sign('s3cret', body, 1_800_000_000);
    expect(verify('s3cret', body, header, 1_800_000_301)).toBe(false);
    expect(verify('s3cret', body, 'garbage', 1_800_000_000)).toBe(false);
  });
});

describe('backoff', () => {
  it('doubles up to the cap, with at most 20 % jitter', () => {
    const none = () => 0;
    expect([1, 2, 3, 4, 5, 12].map((n) => retryDelaySeconds(n, 30, 3600, none))).toEqual([
      30, 60, 120, 240, 480, 3600,
    ]);
    expect(retryDelaySeconds(1, 30, 3600, () => 1)).toBe(24);
  });
  it('keeps retrying for 24 hours with the defaults (about 30 attempts)', () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 86400) elapsed += retryDelaySeconds(++attempts, 30, 3600, () => 0);
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(35);
  });
});

describe('SSRF rules', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    'not-an-ip',
  ])('%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));
  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2a00:1450:4001:82a::200e'])(
    '%s is public',
    (ip) => expect(isPrivateAddress(ip)).toBe(false)
  );
  it('explains refused webhook URLs and allows them when configured', () => {
    expect(webhookUrlProblem('https://news.example.org/hook', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1/hook', false)).toMatch(/private or loopback/);
    expect(webhookUrlProblem('http://127.0.0.1/hook', true)).toBeNull();
    expect(webhookUrlProblem('https://user:pw@example.org/', false)).toMatch(/no user name/);
    expect(webhookUrlProblem('file:///etc/passwd', false)).toMatch(/must start with https/);
    expect(webhookUrlProblem('nonsense', false)).toMatch(/is not a URL/);
  });
});

describe('ninjs payloads', () => {
  const release = toRelease(hostileDocument(), 'de', [], context);
  it('carries the release with hostile text intact, as valid JSON', () => {
    const item = ninjsItem(release, channel(), 'published', null);
    const parsed = JSON.parse(
      webhookBody({
        id: 'e1',
        event: 'published',
        occurredAt: new Date(0),
        releaseId: 'r',
        items: [item],
      })
    );
    expect(parsed).toMatchObject({
      id: 'e1',
      event: 'published',
      occurred_at: '1970-01-01T00:00:00Z',
    });
    expect(parsed.items[0].headline).toBe(release.title);
    expect(parsed.items[0].headline).toContain(']]>');
    expect(parsed.items[0]).toMatchObject({ pubstatus: 'usable', embargoed: null, language: 'de' });
  });
  it('marks embargoed text withheld and withdrawn text canceled, without the body', () => {
    const until = new Date('2026-03-29T01:00:00Z');
    expect(ninjsItem(release, channel(), 'embargoed', until)).toMatchObject({
      pubstatus: 'withheld',
      embargoed: '2026-03-29T01:00:00Z',
    });
    const withdrawn = ninjsItem(release, channel(), 'withdrawn', null);
    expect(withdrawn.pubstatus).toBe('canceled');
    expect(withdrawn.body_html).toBe('');
  });
});
