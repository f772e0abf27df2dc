import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Env } from '../../config/env.js';
import { configureCitizenLogin } from '../../modules/identity/index.js';
import { tenantHosts } from '../../modules/tenancy/index.js';
import type { Runtime } from '../../runtime.js';
import { generateCitizens } from './comune-data.js';
import { seedDemoStep } from './seed-step.js';
import { demoTenant } from './tenant.js';

/** What a demo step leaves running: lines to print once the server is up, and how to stop. */
export interface DemoHooks {
  afterStart?: () => Promise<string[]>;
  stop?: () => Promise<void>;
}

/** One thing `start --demo` does, in order (seed data first, then the fakes that use it). */
export interface DemoStep {
  name: string;
  run(runtime: Runtime, env: Env, log: Logger): Promise<DemoHooks | undefined>;
}

/** Citizens who can log in through the demo's SPID/CIE provider (the first is the one suggested). */
export const DEMO_IDENTITY_COUNT = 20;
const DEMO_CLIENT_ID = 'campanile-demo';

/**
 * When no real identity provider is configured (OIDC_ISSUER), starts the fake SPID/CIE provider of
 * test/fakes on 127.0.0.1:<PORT+1> with the demo citizens, and points the running app's citizen login
 * at it. The fake is imported here only, on purpose: the product never depends on it.
 */
export const fakeIdentityProviderStep: DemoStep = {
  name: 'fake SPID/CIE identity provider',
  async run(runtime, env, log) {
    if (env.OIDC_ISSUER) {
      return { afterStart: async () => [`SPID/CIE: ${env.OIDC_ISSUER} (OIDC_ISSUER)`] };
    }
    if (!runtime.app || !runtime.url) return undefined;
    let fake: typeof import('../../../test/fakes/oidc-provider.js');
    try {
      fake = await import('../../../test/fakes/oidc-provider.js');
    } catch (err) {
      // A production install (npm ci --omit=dev) has no oidc-provider: the demo runs without login.
      log.warn({ err }, 'the fake SPID/CIE provider is not available');
      return { afterStart: async () => ['SPID/CIE di prova non disponibile (manca oidc-provider).'] };
    }
    const appPort = new URL(runtime.url).port;
    const known = await runtime.ctx.database.db.select({ hostname: tenantHosts.hostname }).from(tenantHosts);
    const hosts = new Set([...demoTenant.hostnames, ...known.map((h) => h.hostname)]);
    const redirectUris = [...hosts].map((h) => `http://${h}:${appPort}/auth/oidc/callback`);
    const citizens = generateCitizens(DEMO_IDENTITY_COUNT);
    const clientSecret = randomBytes(24).toString('base64url');
    const options = {
      clients: [{ client_id: DEMO_CLIENT_ID, client_secret: clientSecret, redirect_uris: redirectUris }],
      accounts: citizens.map((c) => ({
        fiscalNumber: c.fiscalCode,
        givenName: c.givenName,
        familyName: c.familyName,
        email: c.email,
      })),
    };
    const preferred = env.PORT > 0 && env.PORT < 65535 ? env.PORT + 1 : 0;
    const idp = await fake.startFakeIdentityProvider({ ...options, port: preferred }).catch((err) => {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || preferred === 0) throw err;
      log.warn({ port: preferred }, 'port taken: the fake SPID/CIE provider takes a free one');
      return fake.startFakeIdentityProvider({ ...options, port: 0 });
    });
    configureCitizenLogin(runtime.ctx, {
      issuer: idp.issuer,
      clientId: DEMO_CLIENT_ID,
      clientSecret,
      allowHttp: true,
    });
    const first = citizens[0];
    return {
      async afterStart() {
        const hint = first
          ? ` — accedi con il codice fiscale ${first.fiscalCode} (${first.givenName} ${first.familyName}) o scegline uno dall'elenco`
          : '';
        return [`SPID/CIE di prova: ${idp.issuer}${hint}`];
      },
      stop: () => idp.close(),
    };
  },
};

/** Every step of the demo, in order. Seeding the demo Comune belongs before the identity provider. */
export const DEMO_STEPS: DemoStep[] = [seedDemoStep, fakeIdentityProviderStep];

/**
 * `start --demo`: runs the demo steps and prints where to go. Fakes of external services (the SPID/CIE
 * identity provider) start here, on purpose, and only here.
 */
export async function prepareDemo(
  runtime: Runtime,
  env: Env,
  log: Logger,
  steps: DemoStep[] = DEMO_STEPS,
): Promise<Required<DemoHooks>> {
  const started: DemoHooks[] = [];
  const stopAll = async () => {
    for (const hooks of started.reverse()) {
      await hooks.stop?.().catch((err: unknown) => log.error({ err }, 'demo step failed to stop'));
    }
    started.length = 0;
  };
  try {
    for (const step of steps) {
      const hooks = await step.run(runtime, env, log.child({ demo: step.name }));
      if (hooks) started.push(hooks);
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  return {
    async afterStart() {
      // The portal and back-office addresses come from the seed step (seed-step.ts), with the logins.
      const lines: string[] = [];
      for (const hooks of started) if (hooks.afterStart) lines.push(...(await hooks.afterStart()));
      return lines;
    },
    stop: stopAll,
  };
}
