// Lighthouse benchmark (issue 4, "Performance"): the mobile performance and accessibility scores of
// the demo Comune's home page and of a scheda servizio, as Lighthouse 13 computes them (node API,
// default mobile settings: Moto G Power viewport, simulated slow 4G and 4× CPU slowdown) in Debian's
// Chromium, against the goals (performance ≥ 95, accessibility 100) as the baseline.
// About a minute: on demand only (`npm run bench -- lighthouse`), not part of `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnTs } from './lib/process.js';
import { note, report } from './lib/report.js';

const GOALS = { performance: 95, accessibility: 100 } as const;
const dataDir = mkdtempSync(join(tmpdir(), 'campanile-bench-lighthouse-'));
const app = spawnTs('src/main.ts', ['start', '--demo'], {
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  SESSION_SECRET: 'bench-session-secret-'.padEnd(48, 'x'),
  SECURE_COOKIES: 'false',
});
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  const [, base] = await app.waitFor(/Campanile ready .*listening on (http:\/\/\S+)/);
  const servizi = await (await fetch(`${base}/servizi`)).text();
  const service = [...servizi.matchAll(/href="(\/servizi\/[a-z0-9-]+)"/g)]
    .map((m) => m[1]!)
    .find((p) => !p.startsWith('/servizi/categoria'));
  if (!service) throw new Error('no scheda servizio linked from /servizi');
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  for (const [name, path] of [
    ['home', '/'],
    ['service', service],
  ] as const) {
    const started = performance.now();
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    for (const category of ['performance', 'accessibility'] as const) {
      const score = Math.round((categories[category]?.score ?? 0) * 100);
      report(
        `lighthouse.${name}_${category}`,
        { value: score, unit: 'points' },
        { value: GOALS[category], unit: 'points' },
      );
    }
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    note(
      `${path} (${Math.round(performance.now() - started)} ms): FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
    );
    const failing = Object.values(audits).filter(
      (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative',
    );
    for (const a of failing) note(`  ${a.id}: ${a.title} ${a.displayValue ?? ''}`);
  }
} finally {
  chrome?.kill();
  await app.stop('SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
}
