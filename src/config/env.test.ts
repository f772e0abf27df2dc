import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadEnv } from './env.js';

test('defaults give a runnable development configuration', () => {
  const env = loadEnv({});
  assert.equal(env.PORT, 3000);
  assert.equal(env.NODE_ENV, 'development');
  assert.equal(env.DATABASE_URL, undefined);
  assert.equal(env.DATA_DIR, './data');
});

test('values are coerced from strings', () => {
  const env = loadEnv({ PORT: '8080', TRUST_PROXY: 'true', DATABASE_URL: 'postgres://u@127.0.0.1/db' });
  assert.equal(env.PORT, 8080);
  assert.equal(env.TRUST_PROXY, true);
  assert.equal(env.DATABASE_URL, 'postgres://u@127.0.0.1/db');
});

test('a wrong value stops start-up with one line naming the variable', () => {
  assert.throws(
    () => loadEnv({ PORT: 'abc' }),
    (err: unknown) =>
      err instanceof ConfigError && /^Invalid configuration: PORT .*\(got "abc"\)$/.test(err.message),
  );
  assert.throws(() => loadEnv({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
  assert.throws(() => loadEnv({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
});

test('production requires a session secret', () => {
  assert.throws(() => loadEnv({ NODE_ENV: 'production' }), /SESSION_SECRET is required/);
  assert.equal(loadEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).NODE_ENV, 'production');
});

test('OIDC settings come as a complete set', () => {
  assert.throws(() => loadEnv({ OIDC_ISSUER: 'https://idp.example' }), /OIDC_CLIENT_ID is required/);
});
