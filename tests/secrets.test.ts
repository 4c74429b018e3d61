import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** No secret has a default: development writes fresh ones; production refuses to start without. */

const root = path.join(__dirname, '..');
const SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
];

const ensureEnv = (env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-env.js')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

const parse = (file: string) =>
  Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  );

describe('first run in development', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-env-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a missing .env with fresh random secrets, different on every machine', () => {
    const a = path.join(dir, 'a.env');
    const b = path.join(dir, 'b.env');
    expect(ensureEnv({ ENV_PATH: a, NODE_ENV: 'development' }).status).toBe(0);
    expect(ensureEnv({ ENV_PATH: b, NODE_ENV: 'development' }).status).toBe(0);
    const [first, second] = [parse(a), parse(b)];
    for (const name of SECRETS) {
      expect(first[name].length).toBeGreaterThanOrEqual(32);
      expect(first[name]).not.toBe(second[name]);
    }
    expect(first.APP_KEYS.split(',')).toHaveLength(4);
    expect(first.ADMIN_PASSWORD).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/);
    expect(fs.statSync(a).mode & 0o077).toBe(0);
  });

  it('never overwrites an existing .env', () => {
    const file = path.join(dir, 'kept.env');
    fs.writeFileSync(file, 'APP_KEYS=mine\n');
    expect(ensureEnv({ ENV_PATH: file, NODE_ENV: 'development' }).status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('APP_KEYS=mine\n');
  });

  it('writes nothing in production', () => {
    const file = path.join(dir, 'prod.env');
    expect(ensureEnv({ ENV_PATH: file, NODE_ENV: 'production' }).status).toBe(0);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('production', () => {
  it.each(SECRETS)('refuses to start without %s and names it', (missing) => {
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'production',
    };
    delete env[missing];
    const result = spawnSync(
      process.execPath,
      [
        '-e',
        `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(root)}, distDir: ${JSON.stringify(path.join(root, 'dist'))} }).load().then(() => process.exit(0))`,
      ],
      { env, encoding: 'utf8', timeout: 60000, cwd: root }
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`Missing secret ${missing}`);
  });
});
