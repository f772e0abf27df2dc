import { type IncomingHttpHeaders, request } from 'node:http';

/**
 * A tiny browser over real HTTP for end-to-end tests across servers (the app, a fake identity
 * provider): it keeps cookies per host, follows no redirect by itself, and sends every request to
 * 127.0.0.1 whatever the URL's host name says, with that name in the Host header — so a Comune's
 * test host (`t-….test.localhost`) needs no DNS. fetch() cannot do this: it ignores a Host header.
 */
export interface BrowserResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The Location header resolved against the request URL, if any. */
  location: string | null;
  body: string;
}

export class HttpBrowser {
  /** host (with port) → cookie name → value */
  readonly cookies = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(host, jar);
  }

  get(url: string, headers: Record<string, string> = {}): Promise<BrowserResponse> {
    return this.send('GET', url, undefined, headers);
  }

  post(
    url: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<BrowserResponse> {
    return this.send('POST', url, new URLSearchParams(form).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    });
  }

  /**
   * Follows redirects with GET until an answer that is not a redirect, or until the next URL to visit
   * satisfies `stopAt` (then `response` is the redirect that pointed there and `url` is not visited).
   */
  async follow(
    url: string,
    stopAt: (url: string) => boolean = () => false,
    max = 10,
  ): Promise<{ response: BrowserResponse; url: string }> {
    let current = url;
    for (let i = 0; i < max; i++) {
      const response = await this.get(current);
      if (!response.location) return { response, url: current };
      if (stopAt(response.location)) return { response, url: response.location };
      current = response.location;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  send(
    method: string,
    url: string,
    body: string | undefined,
    headers: Record<string, string> = {},
  ): Promise<BrowserResponse> {
    const target = new URL(url);
    const jar = this.cookies.get(target.host);
    const cookie = jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: target.port || 80,
          method,
          path: `${target.pathname}${target.search}`,
          headers: {
            host: target.host,
            accept: 'text/html',
            ...(cookie ? { cookie } : {}),
            ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            this.store(target.host, res.headers['set-cookie'] ?? []);
            const location = res.headers.location ? new URL(res.headers.location, target).href : null;
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              location,
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  private store(host: string, setCookies: string[]): void {
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k = '', v = ''] = a.split('=').map((s) => s.trim());
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return Date.parse(v) <= Date.now();
        return false;
      });
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }
}
