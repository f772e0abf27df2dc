import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BOOTSTRAP_ITALIA_DIST } from './assets.js';

const FAMILIES: Record<string, string> = {
  Titillium_Web: 'Titillium Web',
  Lora: 'Lora',
  Roboto_Mono: 'Roboto Mono',
};

/**
 * The @font-face rules Bootstrap Italia's `loadFonts()` would inject as a <style> element (which a
 * CSP without 'unsafe-inline' in style-src refuses), written as a stylesheet instead. Built from the
 * font files the installed Bootstrap Italia ships, with URLs relative to `base`.
 */
export function fontFacesCss(base: string, dist = BOOTSTRAP_ITALIA_DIST): string {
  const rules: string[] = [];
  for (const [dir, family] of Object.entries(FAMILIES)) {
    const all = readdirSync(join(dist, 'fonts', dir));
    const files = all.filter((f) => f.endsWith('.woff2')).sort();
    for (const file of files) {
      const variant = file.match(/-(\d{3}|regular|italic)(italic)?\.woff2$/);
      if (!variant) continue;
      const weight = /^\d{3}$/.test(variant[1] ?? '') ? variant[1] : '400';
      const style = variant[1] === 'italic' || variant[2] ? 'italic' : 'normal';
      const name = file.slice(0, -'.woff2'.length);
      const url = `${base}${dir}/${name}`;
      // A .woff beside it (the stock distribution) is the fallback for browsers without woff2.
      const woff = all.includes(`${name}.woff`) ? `,url('${url}.woff') format('woff')` : '';
      rules.push(
        `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};font-display:swap;` +
          `src:url('${url}.woff2') format('woff2')${woff}}`,
      );
    }
  }
  return `${rules.join('\n')}\n`;
}
