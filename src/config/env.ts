import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * Every setting Campanile reads from the environment, validated once at start-up.
 * Secrets come only from here; nothing else in the code reads process.env.
 */
const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'address the web server binds to' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  DATABASE_URL: Type.Optional(
    Type.String({ pattern: '^postgres(ql)?://', description: 'PostgreSQL server; absent → embedded PGlite' }),
  ),
  DATA_DIR: Type.String({
    minLength: 1,
    default: './data',
    description: 'PGlite database, uploads, lockfile',
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  SESSION_SECRET: Type.Optional(
    Type.String({ minLength: 32, description: 'signs cookies; ≥ 32 characters' }),
  ),
  TRUST_PROXY: Type.Boolean({ default: false, description: 'honour X-Forwarded-* from a reverse proxy' }),
  SECURE_COOKIES: Type.Optional(
    Type.Boolean({ description: 'Secure flag on cookies (default: on in production)' }),
  ),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 10000 }),
  LOGIN_RATE_LIMIT: Type.Integer({
    minimum: 1,
    default: 10,
    description: 'login attempts per IP per minute',
  }),
  PAGE_CACHE_TTL_SECONDS: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 3600,
      description:
        'lifetime of cached anonymous portal pages; 0 turns the cache off (default 15, 0 under NODE_ENV=test)',
    }),
  ),
  PAGE_CACHE_MAX_MB: Type.Integer({
    minimum: 1,
    maximum: 4096,
    default: 64,
    description: 'memory bound of the page cache',
  }),
  OIDC_ISSUER: Type.Optional(
    Type.String({ pattern: '^https?://', description: 'SPID/CIE OpenID Connect issuer' }),
  ),
  OIDC_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  OIDC_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  OIDC_ALLOW_HTTP: Type.Boolean({
    default: false,
    description: 'allow an http:// issuer (local fake IdP only)',
  }),
  MAP_TILE_URL: Type.Optional(
    Type.String({
      pattern: '^(none|https?://[^/\\s]+/\\S*\\{z\\}\\S*)$',
      description: 'map tile URL template ({z}/{x}/{y}) or "none" (default: OpenStreetMap in production)',
    }),
  ),
  MAP_TILE_ATTRIBUTION: Type.Optional(
    Type.String({ minLength: 1, maxLength: 300, description: 'credit shown on maps for the tiles' }),
  ),
});

export type Env = Static<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  false: false,
  '0': false,
  no: false,
};

/** Parses and validates the given variables; throws ConfigError with one line naming the variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const raw: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(EnvSchema.properties)) {
    const value = source[key];
    if (value === undefined || value === '') continue;
    const type = (schema as { type?: string }).type;
    if (type === 'integer') raw[key] = /^-?\d+$/.test(value) ? Number(value) : value;
    else if (type === 'boolean') raw[key] = BOOLEAN_WORDS[value.toLowerCase()] ?? value;
    else raw[key] = value;
  }
  const withDefaults = Value.Default(EnvSchema, raw);
  const first = Value.Errors(EnvSchema, withDefaults).First();
  if (first) {
    const name = first.path.replace(/^\//, '') || 'environment';
    const given = source[name];
    throw new ConfigError(
      `Invalid configuration: ${name} ${first.message.toLowerCase()}${given === undefined ? '' : ` (got "${given}")`}`,
    );
  }
  const env = withDefaults as Env;
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    throw new ConfigError(
      'Invalid configuration: SESSION_SECRET is required in production (≥ 32 characters)',
    );
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    const missing = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].filter((_, i) => !oidc[i]);
    throw new ConfigError(`Invalid configuration: ${missing[0]} is required when any OIDC_* variable is set`);
  }
  return env;
}
