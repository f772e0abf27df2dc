import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { TenantContext } from '../../platform/http/types.js';
import type { Storage } from '../../platform/storage/storage.js';
import { PUBLIC_DIR } from '../../platform/views/assets.js';

/** The icons the manifest and the layout offer: size in pixels and whether the emblem may be cropped. */
export const ICONS = {
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'maskable-512': { size: 512, maskable: true },
  'apple-touch-icon': { size: 180, maskable: false },
} as const;
export type IconName = keyof typeof ICONS;

export const ICON_PATH = '/icons/:name';
export const iconUrl = (tenant: TenantContext, name: IconName) =>
  `/icons/${name}.png?v=${iconVersion(tenant)}`;

/** Changes whenever what the icons are drawn from changes (logo, theme colour): a cache-busting tag. */
export function iconVersion(tenant: TenantContext): string {
  return createHash('sha256')
    .update(`${tenant.logoKey ?? 'emblem'}|${tenant.primaryColor}`)
    .digest('hex')
    .slice(0, 12);
}

const MAX_CACHED = 256;
const cache = new Map<string, Buffer>();
let emblem: Promise<Buffer> | null = null;

async function source(tenant: TenantContext, storage: Storage): Promise<Buffer> {
  if (tenant.logoKey) {
    const logo = await storage.get(tenant.logoKey);
    if (logo) return logo;
  }
  emblem ??= readFile(join(PUBLIC_DIR, 'img', 'emblem.svg'));
  return emblem;
}

/**
 * A square PNG icon of the Comune: its logo (or the default emblem) centred on white; the maskable
 * one keeps the emblem inside the central safe zone (80 %) on the theme colour, since launchers crop
 * it to a circle or a rounded square. Generated once per Comune, logo and colour, then kept in memory.
 */
export async function tenantIcon(tenant: TenantContext, storage: Storage, name: IconName): Promise<Buffer> {
  const key = `${tenant.id}|${iconVersion(tenant)}|${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { size, maskable } = ICONS[name];
  const inner = Math.round(size * (maskable ? 0.6 : 0.84));
  const art = await sharp(await source(tenant, storage), { density: 300 })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const background = maskable ? tenant.primaryColor : '#ffffff';
  const png = await sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: art, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, png);
  return png;
}
