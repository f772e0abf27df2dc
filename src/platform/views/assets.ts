import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtAssets } from './built-assets.js';

const require = createRequire(import.meta.url);
const biPackage = require.resolve('bootstrap-italia/package.json');

export const BOOTSTRAP_ITALIA_VERSION: string = JSON.parse(readFileSync(biPackage, 'utf8')).version;
export const BOOTSTRAP_ITALIA_DIST = join(dirname(biPackage), 'dist');
export const HTMX_DIST = join(dirname(require.resolve('htmx.org/package.json')), 'dist');
const leafletPackage = require.resolve('leaflet/package.json');
export const LEAFLET_VERSION: string = JSON.parse(readFileSync(leafletPackage, 'utf8')).version;
export const LEAFLET_DIST = join(dirname(leafletPackage), 'dist');
export const PUBLIC_DIR = fileURLToPath(new URL('../../../public', import.meta.url));

/** Versioned prefixes: the files behind them never change, so they are cached for a year. */
export const BI_PREFIX = `/static/bi-${BOOTSTRAP_ITALIA_VERSION}/`;
export const HTMX_PREFIX = '/static/htmx-2/';
export const LEAFLET_PREFIX = `/static/leaflet-${LEAFLET_VERSION}/`;
export const APP_PREFIX = '/static/app/';

export const asset = {
  /** Bootstrap Italia trimmed to what Campanile uses, content-hashed (built-assets.ts). */
  get biCss(): string {
    return builtAssets().css.url;
  },
  get biJs(): string {
    return builtAssets().js.url;
  },
  /** BI's full 1 MB bundle, still served (pages load the trimmed build above). */
  biFullBundle: `${BI_PREFIX}js/bootstrap-italia.bundle.min.js`,
  get biSprites(): string {
    return builtAssets().sprite.url;
  },
  /** Bootstrap Italia's @font-face rules as a stylesheet (platform/views/fonts.ts). */
  biFonts: `${BI_PREFIX}campanile-fonts.css`,
  htmx: `${HTMX_PREFIX}htmx.min.js`,
  leafletCss: `${LEAFLET_PREFIX}leaflet.css`,
  leafletJs: `${LEAFLET_PREFIX}leaflet.js`,
  appCss: `${APP_PREFIX}css/app.css`,
  /** The body text face, preloaded: every page needs it before first paint. */
  bodyFont: `${APP_PREFIX}fonts/Titillium_Web/titillium-web-v10-latin-regular.woff2`,
  appInit: `${APP_PREFIX}js/init.js`,
  mapJs: `${APP_PREFIX}js/map.js`,
};
