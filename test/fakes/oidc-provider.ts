import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type InteractionDetails } from 'oidc-provider';

/**
 * A local SPID/CIE identity provider for tests and the demo: a real OpenID Connect provider
 * (oidc-provider 9) that asserts the Italian claims — `fiscal_number` ("TINIT-<codice fiscale>",
 * as SPID does), `given_name`, `family_name`, `email` — in the ID token and at the userinfo endpoint.
 *
 * Authorization code flow only, PKCE required. Its login page is a plain HTML form (no JavaScript):
 * a person types a fiscal code of one of the test identities, or picks one from the list; a test
 * does the same with plain HTTP (GET the page, POST `fiscal_number`). The consent is given with the
 * login (SPID's "I agree to send my data" step is not modelled). `login_hint=spid|cie` only changes
 * the page's title, as an SPID/CIE broker would pick the identity system from it.
 *
 * Never part of the product: the demo starts it on purpose, tests start it themselves.
 */

export interface FakeAccount {
  /** Codice fiscale, 16 characters; asserted as "TINIT-<fiscalNumber>". */
  fiscalNumber: string;
  givenName: string;
  familyName: string;
  email?: string;
  /** The subject identifier; by default a stable pseudonym derived from the fiscal code (as SPID's pairwise sub). */
  sub?: string;
}

export interface FakeClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface FakeIdentityProviderOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Address to bind, and host of the issuer URL: 127.0.0.1 by default. */
  host?: string;
  clients: FakeClient[];
  accounts: FakeAccount[];
}

export interface FakeIdentityProvider {
  /** http://127.0.0.1:<port> */
  issuer: string;
  /** Adds an identity, or changes the claims of an existing one (same fiscal code). */
  upsertAccount(account: FakeAccount): void;
  close(): Promise<void>;
}

export const FISCAL_NUMBER_PREFIX = 'TINIT-';

const subjectOf = (account: FakeAccount) =>
  account.sub ?? createHash('sha256').update(`fake-spid:${account.fiscalNumber}`).digest('hex').slice(0, 32);

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/abort)?$/;

export async function startFakeIdentityProvider(
  options: FakeIdentityProviderOptions,
): Promise<FakeIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  const byFiscalCode = new Map<string, FakeAccount>();
  const bySubject = new Map<string, FakeAccount>();
  const upsertAccount = (account: FakeAccount) => {
    const fiscalNumber = account.fiscalNumber.toUpperCase();
    const stored = { ...account, fiscalNumber };
    const previous = byFiscalCode.get(fiscalNumber);
    if (previous) bySubject.delete(subjectOf(previous));
    byFiscalCode.set(fiscalNumber, stored);
    bySubject.set(subjectOf(stored), stored);
  };
  for (const account of options.accounts) upsertAccount(account);

  let provider: Provider | undefined;
  let handleProtocol: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (!provider || !handleProtocol) {
      res.statusCode = 503;
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/' && req.method === 'GET') return sendHtml(res, 200, homePage());
    const match = INTERACTION.exec(path);
    if (!match) {
      handleProtocol(req, res);
      return;
    }
    handleInteraction(provider, match[2] ?? '', req, res).catch((err: unknown) => {
      if (res.headersSent) return res.end();
      sendHtml(res, 400, page('Errore', `<p>${escapeHtml(String((err as Error)?.message ?? err))}</p>`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host}:${port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'fake-idp-1' };

  provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({
      ...c,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    adapter: memoryAdapter(),
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 900,
      Session: 3600,
    },
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'profile', 'email'],
    claims: {
      openid: ['sub'],
      profile: ['fiscal_number', 'given_name', 'family_name'],
      email: ['email', 'email_verified'],
    },
    // Without this, scope-requested claims reach only the userinfo endpoint, not the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const account = bySubject.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          fiscal_number: `${FISCAL_NUMBER_PREFIX}${account.fiscalNumber}`,
          given_name: account.givenName,
          family_name: account.familyName,
          ...(account.email ? { email: account.email, email_verified: true } : {}),
        }),
      };
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        'Errore',
        Object.entries(out)
          .map(([k, v]) => `<p><strong>${escapeHtml(k)}</strong>: ${escapeHtml(String(v))}</p>`)
          .join(''),
      );
    },
  });
  handleProtocol = provider.callback();
  provider.on('server_error', (_ctx, err) => {
    process.stderr.write(`fake identity provider: ${(err as Error)?.stack ?? String(err)}\n`);
  });

  async function handleInteraction(
    p: Provider,
    action: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const details = await p.interactionDetails(req, res);
    if (req.method === 'GET' && action === '') {
      // A consent prompt (an IdP session without a grant for this client): given at once.
      if (details.prompt.name === 'consent' && details.session?.accountId)
        return finishWithGrant(p, details, details.session.accountId, req, res);
      return sendHtml(res, 200, loginPage(details));
    }
    if (req.method !== 'POST') return sendHtml(res, 405, page('Errore', '<p>Metodo non ammesso.</p>'));
    const form = new URLSearchParams(await readBody(req));
    if (action === '/abort') {
      return p.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: "L'utente ha annullato l'accesso" },
        { mergeWithLastSubmission: false },
      );
    }
    const fiscalNumber = (form.get('fiscal_number') ?? '').trim().toUpperCase();
    const account = byFiscalCode.get(fiscalNumber.replace(FISCAL_NUMBER_PREFIX, ''));
    if (!account) return sendHtml(res, 200, loginPage(details, fiscalNumber));
    return finishWithGrant(p, details, subjectOf(account), req, res);
  }

  async function finishWithGrant(
    p: Provider,
    details: InteractionDetails,
    accountId: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const grant = new p.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await p.interactionFinished(
      req,
      res,
      { login: { accountId, remember: false }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  /** What a person opening the provider's address sees: who can log in, and where to start. */
  function homePage(): string {
    const people = [...byFiscalCode.values()]
      .map(
        (a) =>
          `<li>${escapeHtml(`${a.givenName} ${a.familyName}`)} — <code>${escapeHtml(a.fiscalNumber)}</code></li>`,
      )
      .join('');
    return page(
      'SPID/CIE di prova',
      `<p class="note">Identity provider di prova: nessuna identità reale, nessun dato inviato fuori da questo computer.</p>
      <p>L'accesso si avvia dal portale del Comune («Accedi all'area personale», poi «Entra con SPID» o «Entra con CIE»).
      Qui si sceglie poi una delle identità di prova:</p><ul>${people}</ul>`,
    );
  }

  function loginPage(details: InteractionDetails, rejected?: string): string {
    const system = details.params.login_hint === 'cie' ? 'CIE' : 'SPID';
    const action = `/interaction/${encodeURIComponent(details.uid)}`;
    const people = [...byFiscalCode.values()]
      .map(
        (a) =>
          `<li><button type="submit" name="fiscal_number" value="${escapeHtml(a.fiscalNumber)}">` +
          `${escapeHtml(`${a.givenName} ${a.familyName}`)} — <code>${escapeHtml(a.fiscalNumber)}</code></button></li>`,
      )
      .join('');
    return page(
      `Accesso con ${system} (prova)`,
      `<p class="note">Identity provider di prova: nessuna identità reale, nessun dato inviato fuori da questo computer.</p>
      ${rejected !== undefined ? `<p class="error" role="alert">Il codice fiscale «${escapeHtml(rejected)}» non è tra le identità di prova.</p>` : ''}
      <form method="post" action="${action}/login">
        <label for="fiscal_number">Codice fiscale</label>
        <input id="fiscal_number" name="fiscal_number" autocomplete="off" required maxlength="22">
        <button type="submit">Entra</button>
      </form>
      <h2>Oppure scegli un'identità di prova</h2>
      <form method="post" action="${action}/login"><ul>${people}</ul></form>
      <form method="post" action="${action}/abort"><button type="submit">Annulla e torna al servizio</button></form>`,
    );
  }

  return {
    issuer,
    upsertAccount,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** oidc-provider's storage, in memory, one per provider (its own default warns it is for development). */
function memoryAdapter() {
  const store = new Map<string, { payload: Record<string, unknown>; until: number }>();
  const live = (entry: { until: number } | undefined) => entry !== undefined && entry.until > Date.now();
  return class MemoryAdapter {
    constructor(private readonly name: string) {}
    private key(id: string) {
      return `${this.name}:${id}`;
    }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn: number): Promise<void> {
      for (const [k, v] of store) if (!live(v)) store.delete(k);
      store.set(this.key(id), { payload, until: Date.now() + expiresIn * 1000 });
    }
    async find(id: string): Promise<Record<string, unknown> | undefined> {
      const entry = store.get(this.key(id));
      return live(entry) ? entry?.payload : undefined;
    }
    async findByUid(uid: string): Promise<Record<string, unknown> | undefined> {
      for (const [k, v] of store)
        if (k.startsWith(`${this.name}:`) && v.payload.uid === uid && live(v)) return v.payload;
      return undefined;
    }
    async findByUserCode(): Promise<undefined> {
      return undefined;
    }
    async consume(id: string): Promise<void> {
      const entry = store.get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [k, v] of store) if (v.payload.grantId === grantId) store.delete(k);
    }
  };
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}.note{background:#fff3cd;padding:.5rem}.error{color:#a00}ul{list-style:none;padding:0}li{margin:.25rem 0}button{cursor:pointer}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

function readBody(req: IncomingMessage, limit = 16 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
