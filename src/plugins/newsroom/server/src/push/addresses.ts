import net from 'net';

/**
 * The SSRF guard's rule: webhooks may not reach the newsroom's own network. An address is private
 * when it is loopback, RFC 1918, link-local (cloud metadata at 169.254.169.254), CGNAT,
 * unspecified, multicast or reserved, or the IPv6 equivalents (also IPv4-mapped ones).
 */

const V4_BLOCKS: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
];

const v4ToInt = (ip: string) => ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;

const inV4Block = (ip: string, [base, bits]: [string, number]) => {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (v4ToInt(ip) & mask) === (v4ToInt(base) & mask);
};

export const isPrivateAddress = (address: string): boolean => {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIPv4(ip)) return V4_BLOCKS.some((block) => inV4Block(ip, block));
  if (!net.isIPv6(ip)) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]);
  if (ip === '::' || ip === '::1') return true;
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast, 2001:db8::/32 documentation
  return /^(f[cd]|fe[89ab]|ff)/.test(ip) || ip.startsWith('2001:db8:') || ip.startsWith('64:ff9b:');
};

/** Why a webhook URL is refused before any request is made, or null when it may be tried. */
export const webhookUrlProblem = (value: string, allowPrivate: boolean): string | null => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'A webhook URL must start with https:// (or http://).';
  if (url.username || url.password) return 'Put no user name or password into the webhook URL.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost')))
    return `The webhook URL points to this server (${host}); give the outlet's public address.`;
  if (!allowPrivate && net.isIP(host) && isPrivateAddress(host))
    return `The webhook URL points to a private or loopback address (${host}); give the outlet's public address.`;
  return null;
};
