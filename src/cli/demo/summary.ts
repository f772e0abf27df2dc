// What `start --demo` and `seed demo` print: where to go and how to log in.

import { demoLogins } from './comune-data.js';
import { DEMO_PASSWORD } from './seed.js';

/** The base URL a person types: the port of `listenUrl`, on localhost (a demo host name of the Comune). */
export function demoBaseUrl(listenUrl: string): string {
  const url = new URL(listenUrl);
  return `http://localhost${url.port ? `:${url.port}` : ''}`;
}

/** Portal and back-office addresses (when a web server runs), then one line per demo login. */
export function demoSummaryLines(listenUrl: string | null, password = DEMO_PASSWORD): string[] {
  const lines: string[] = [];
  if (listenUrl) {
    const base = demoBaseUrl(listenUrl);
    lines.push(`Portale del Comune: ${base}/`, `Back office:        ${base}/backoffice`);
  }
  // "Operatrice URP: riceve …" → "Operatrice URP": the role as the person holding it is called.
  const rows = demoLogins.map((l) => [l.description.split(':')[0] ?? l.role, l.email] as const);
  const width = Math.max(...rows.map(([, email]) => email.length));
  lines.push(`Accessi di prova al back office (password per tutti: ${password}):`);
  for (const [role, email] of rows) lines.push(`  ${email.padEnd(width)}  ${role}`);
  return lines;
}
