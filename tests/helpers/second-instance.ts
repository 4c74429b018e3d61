import { spawn } from 'child_process';
import net from 'net';
import path from 'path';

/**
 * A second Strapi instance in its own process, on the same database as the test's own instance
 * (it inherits DATABASE_FILENAME / DATABASE_URL from the harness): two instances behind a load
 * balancer, as the city runs them.
 */

const appDir = path.resolve(__dirname, '..', '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const SCRIPT = `
const { createStrapi } = require('@strapi/strapi');
createStrapi({ appDir: process.env.APP_DIR, distDir: process.env.APP_DIR + '/dist' })
  .start()
  .then((app) => process.on('SIGTERM', () => app.destroy().then(() => process.exit(0))))
  .catch((error) => { console.error(error); process.exit(1); });
`;

export type Instance = {
  url: string;
  /** Shuts down cleanly (SIGTERM). */
  stop: () => Promise<void>;
  /** Dies at once, as in a crash or an OOM kill (SIGKILL): nothing after this line runs. */
  kill: () => Promise<void>;
};

export const startSecondInstance = async (env: Record<string, string> = {}): Promise<Instance> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', SCRIPT], {
    env: { ...process.env, ...env, APP_DIR: appDir, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`second instance exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) {
        return {
          url,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`second instance did not start within 60 s: ${stderr}`);
};
