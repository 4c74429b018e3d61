import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import supertest from 'supertest';
import type { Core } from '@strapi/strapi';

/**
 * Boots a real Strapi from the compiled app (tests/helpers/global-setup.js) on a throw-away
 * database: a fresh SQLite file, or with DATABASE_CLIENT=postgres a fresh PostgreSQL database on
 * the server DATABASE_URL names, dropped again in stop().
 */

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

export type TestApp = {
  strapi: Core.Strapi;
  request: () => ReturnType<typeof supertest>;
  stop: () => Promise<void>;
};

const freshName = () => `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

const withDatabaseUrl = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** Creates the throw-away database and points the app's env at it; returns its cleanup. */
const prepareDatabase = async (scratch: string): Promise<() => Promise<void>> => {
  const name = freshName();
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    process.env.DATABASE_URL = withDatabaseUrl(serverUrl, name);
    return async () => {
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
      process.env.DATABASE_URL = serverUrl;
    };
  }
  process.env.DATABASE_FILENAME = path.join(scratch, 'data.db');
  return async () => undefined;
};

export const startApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  Object.assign(process.env, env);
  // One scratch folder per app: the SQLite file and uploaded files, removed in stop().
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  fs.mkdirSync(path.join(scratch, 'public', 'uploads'), { recursive: true });
  process.env.PUBLIC_DIR = path.join(scratch, 'public');
  const dropDatabase = await prepareDatabase(scratch);
  // Required here, not imported at the top: Strapi reads the environment when it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir }).load();
  await strapi.server.mount();
  return {
    strapi,
    request: () => supertest(strapi.server.httpServer),
    stop: async () => {
      await strapi.destroy();
      await dropDatabase();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
};
