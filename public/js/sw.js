// Campanile's service worker, served at /sw.js so that its scope is the whole site.
// - Pages: network first; when the network is gone, the offline page. Pages are never stored: they
//   are sent no-store and may be personal (a logged-in citizen's header, the personal area).
// - Versioned assets under /static/ (their URL changes with their content): cache first.
// - /static/app/ (same URL across releases): network first, the stored copy only when offline.
// - Never touched: other origins, anything but GET, /backoffice, /area-personale, login and API paths.
const VERSION = 'campanile-1';
const STATIC_CACHE = `${VERSION}-static`;
const OFFLINE_CACHE = `${VERSION}-offline`;
const OFFLINE_URL = '/offline';
const PRIVATE = /^\/(backoffice|area-personale|accedi|esci|auth|api|logout)(\/|$)/;
const ASSET_IN_PAGE = /(?:href|src)="(\/static\/[^"?#]+)"/g;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // Without cookies: the stored offline page must not carry anyone's name.
      const response = await fetch(OFFLINE_URL, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) throw new Error(`offline page: ${response.status}`);
      const html = await response.clone().text();
      await (await caches.open(OFFLINE_CACHE)).put(OFFLINE_URL, response);
      // The stylesheets, scripts and fonts the offline page needs, so it looks right without a network.
      const assets = [...new Set([...html.matchAll(ASSET_IN_PAGE)].map((m) => m[1]))];
      const cache = await caches.open(STATIC_CACHE);
      await Promise.all(assets.map((url) => cache.add(url).catch(() => undefined)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => !n.startsWith(`${VERSION}-`)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

function storable(response) {
  return (
    response.ok &&
    response.type === 'basic' &&
    !/no-store|private/.test(response.headers.get('cache-control') || '')
  );
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (storable(response)) await cache.put(request, response.clone());
  return response;
}

async function networkFirstAsset(request) {
  const cache = await caches.open(STATIC_CACHE);
  try {
    const response = await fetch(request);
    if (storable(response)) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw err;
  }
}

async function page(request) {
  try {
    return await fetch(request);
  } catch {
    const offline = await caches.match(OFFLINE_URL, { cacheName: OFFLINE_CACHE });
    return (
      offline ||
      new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    );
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || PRIVATE.test(url.pathname)) return;
  if (url.pathname.startsWith('/static/app/')) {
    event.respondWith(networkFirstAsset(request));
  } else if (url.pathname.startsWith('/static/')) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request));
  }
});
