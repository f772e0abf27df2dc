import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadEnv } from '../../config/env.js';
import { jsonForScript, mapImgSources, mapTiles, OSM_ATTRIBUTION, OSM_TILE_URL } from './map.js';

test('tiles: OpenStreetMap by default in production, none elsewhere, "none" or a template when set', () => {
  assert.deepEqual(mapTiles({ NODE_ENV: 'production' }), { url: OSM_TILE_URL, attribution: OSM_ATTRIBUTION });
  assert.deepEqual(mapImgSources({ NODE_ENV: 'production' }), ['https://tile.openstreetmap.org']);
  assert.equal(mapTiles({ NODE_ENV: 'development' }), null);
  assert.deepEqual(mapImgSources({ NODE_ENV: 'development' }), []);
  assert.equal(mapTiles({ NODE_ENV: 'production', MAP_TILE_URL: 'none' }), null);
  assert.deepEqual(mapImgSources({ NODE_ENV: 'production', MAP_TILE_URL: 'none' }), []);
  const own = { NODE_ENV: 'test' as const, MAP_TILE_URL: 'https://{s}.tiles.example.it/osm/{z}/{x}/{y}.png' };
  assert.deepEqual(mapTiles(own), { url: own.MAP_TILE_URL, attribution: '' });
  assert.deepEqual(mapImgSources(own), ['https://*.tiles.example.it']);
});

test('MAP_TILE_URL must be "none" or an http(s) template with {z}', () => {
  assert.equal(loadEnv({ MAP_TILE_URL: 'none' }).MAP_TILE_URL, 'none');
  assert.equal(
    loadEnv({ MAP_TILE_URL: 'http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png' }).MAP_TILE_URL,
    'http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png',
  );
  assert.throws(() => loadEnv({ MAP_TILE_URL: 'javascript:alert(1)' }), ConfigError);
  assert.throws(() => loadEnv({ MAP_TILE_URL: 'https://tiles.example.it/tile.png' }), /MAP_TILE_URL/);
});

test('the JSON block cannot close its script element', () => {
  const text = jsonForScript({ label: '</script><script>alert(1)</script> & \u2028' });
  assert.doesNotMatch(text, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(text), { label: '</script><script>alert(1)</script> & \u2028' });
});
