import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { buildSync } from 'esbuild';
import { BOOTSTRAP_ITALIA_DIST, PUBLIC_DIR } from './assets.js';

/**
 * Bootstrap Italia trimmed to what Campanile uses, built once when the process starts (about 0.1 s;
 * compression runs in the thread pool meanwhile):
 *
 * - **script**: BI's own ES modules for the components our pages use (init — which sets
 *   `window.BOOTSTRAP_ITALIA_VERSION`, as the Modello Comuni checker reads —, mobile navbar, collapse,
 *   accordion, form inputs, password fields, tabs, alerts, notifications), bundled by esbuild (already
 *   installed as tsx's own dependency) instead of the 1 MB bundle with Popper, Splide and Video.js;
 * - **stylesheet**: BI's CSS without the rules whose class selectors name a class that appears nowhere
 *   in our sources (src/, public/js/) nor in that script (classes it toggles: show, collapsing…);
 * - **sprite**: only the `<symbol>`s whose icon name appears in our sources.
 *
 * Each is served under a URL carrying its content hash (cached for a year), precompressed with brotli
 * (quality 11) and gzip, so no request pays for compression.
 */

export interface BuiltAsset {
  url: string;
  type: string;
  identity: Buffer;
  /** Compressed in libuv's thread pool, off the start-up path (brotli 11 takes ~0.1 s). */
  compressed: Promise<{ br: Buffer; gzip: Buffer }>;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const SOURCE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BI_MODULES = [
  'init',
  'navbar-collapsible',
  'collapse',
  'accordion',
  'input',
  'input-password',
  'tab',
  'alert',
  'notification',
];

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every word-like token of our sources and of the script: a superset of the classes pages use. */
function usedTokens(script: string): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  const texts = [
    ...filesUnder(SOURCE_ROOT, /\.(ts|tsx)$/).map((f) => readFileSync(f, 'utf8')),
    ...filesUnder(join(PUBLIC_DIR, 'js'), /\.js$/).map((f) => readFileSync(f, 'utf8')),
    script,
  ];
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z_][\w-]*/g)) words.add(m[0]);
  // `col-lg-${n}`-style classes built in code: keep every class starting with such a prefix.
  const prefixes = [...words].filter((w) => w.endsWith('-') && w.length >= 4);
  return { words, prefixes };
}

/** Index of the brace closing the block that starts after `open` (quote-aware). */
function closing(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = skipString(css, i);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length - 1;
}

function skipString(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length;
}

/** Splits a selector list on top-level commas. */
function splitSelectors(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '"' || c === "'") i = skipString(prelude, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start));
  return parts;
}

/** Drops the rules no page can match and unnamed font faces; keeps other at-rules (keyframes…). */
export function trimCss(css: string, used: { words: Set<string>; prefixes: string[] }): string {
  const classUsed = (name: string) => used.words.has(name) || used.prefixes.some((p) => name.startsWith(p));
  const selectorUsed = (selector: string) => {
    // :not(.x) / :is(.x, .y) / :where(...) / :has(...) never make a rule need a class.
    const plain = selector
      .replace(/:(not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '')
      .replace(/\[[^\]]*\]/g, '');
    for (const m of plain.matchAll(/\.((?:\\.|[\w-])+)/g))
      if (!classUsed(m[1]!.replace(/\\/g, ''))) return false;
    return true;
  };
  const walk = (text: string): string => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && text[j] !== '{' && text[j] !== ';' && text[j] !== '}') {
        if (text[j] === '"' || text[j] === "'") j = skipString(text, j);
        j++;
      }
      if (j >= text.length || text[j] === '}') break;
      const prelude = text.slice(i, j).trim();
      if (text[j] === ';') {
        out += `${prelude};`;
        i = j + 1;
        continue;
      }
      const end = closing(text, j);
      const body = text.slice(j + 1, end);
      if (/^@(media|supports|container|layer)\b/.test(prelude)) {
        const inner = walk(body);
        if (inner) out += `${prelude}{${inner}}`;
      } else if (prelude === '@font-face') {
        // Only faces a source names (drops Video.js's icon font, a 7 KB data: URL, with the player).
        const family = /font-family:\s*['"]?([^;'"]+)/.exec(body)?.[1]?.trim() ?? '';
        if (used.words.has(family)) out += `${prelude}{${body}}`;
      } else if (prelude.startsWith('@')) {
        out += `${prelude}{${body}}`;
      } else {
        const kept = splitSelectors(prelude).filter(selectorUsed);
        if (kept.length) out += `${kept.join(',')}{${body}}`;
      }
      i = end + 1;
    }
    return out;
  };
  return walk(css);
}

function trimSprite(svg: string, used: Set<string>): string {
  return svg.replace(/<symbol\b[^>]*\bid="([^"]+)"[\s\S]*?<\/symbol>/g, (symbol, id: string) =>
    used.has(id) ? symbol : '',
  );
}

function built(name: string, ext: string, type: string, text: string): BuiltAsset {
  const identity = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 12);
  return {
    url: `/static/campanile/${name}.${hash}.${ext}`,
    type,
    identity,
    compressed: Promise.all([
      brotliAsync(identity, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length },
      }),
      gzipAsync(identity, { level: 9 }),
    ]).then(([br, gz]) => ({ br, gzip: gz })),
  };
}

function buildAll(): { css: BuiltAsset; js: BuiltAsset; sprite: BuiltAsset } {
  const script = buildSync({
    stdin: {
      // Referenced from window.bootstrap (as BI's bundle does), so tree-shaking keeps each module and
      // the data-api listeners it registers on load.
      contents: [
        ...BI_MODULES.map((m, i) => `import m${i} from './${m}.js';`),
        `window.bootstrap = Object.assign(window.bootstrap || {}, { ${BI_MODULES.map((m, i) => `${pascal(m)}: m${i}`).join(', ')} });`,
      ].join('\n'),
      resolveDir: join(BOOTSTRAP_ITALIA_DIST, 'plugins'),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  const used = usedTokens(script);
  const css = trimCss(
    readFileSync(join(BOOTSTRAP_ITALIA_DIST, 'css', 'bootstrap-italia.min.css'), 'utf8'),
    used,
  );
  const sprite = trimSprite(
    readFileSync(join(BOOTSTRAP_ITALIA_DIST, 'svg', 'sprites.svg'), 'utf8'),
    used.words,
  );
  return {
    css: built('bootstrap-italia', 'css', 'text/css; charset=utf-8', css),
    js: built('bootstrap-italia', 'js', 'text/javascript; charset=utf-8', script),
    sprite: built('sprites', 'svg', 'image/svg+xml', sprite),
  };
}

let cached: ReturnType<typeof buildAll> | undefined;

/** The trimmed Bootstrap Italia (built on first use, then kept for the life of the process). */
export function builtAssets(): ReturnType<typeof buildAll> {
  cached ??= buildAll();
  return cached;
}
