import type { Env } from '../../config/env.js';
import type { LonLat } from '../db/columns.js';
import { asset } from './assets.js';

/** Where map tiles come from; null draws only the vector layers (markers and outlines). */
export interface MapTiles {
  url: string;
  attribution: string;
}

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

type TileEnv = Pick<Env, 'NODE_ENV' | 'MAP_TILE_URL' | 'MAP_TILE_ATTRIBUTION'>;

/**
 * The tile server from MAP_TILE_URL: "none" for vector layers only, a URL template for a Comune's own
 * server; unset, OpenStreetMap in production and none elsewhere (the demo Comune is imaginary and
 * development machines may be offline).
 */
export function mapTiles(env: TileEnv): MapTiles | null {
  const url = env.MAP_TILE_URL ?? (env.NODE_ENV === 'production' ? OSM_TILE_URL : 'none');
  if (url === 'none') return null;
  const attribution = env.MAP_TILE_ATTRIBUTION ?? (url === OSM_TILE_URL ? OSM_ATTRIBUTION : '');
  return { url, attribution };
}

/** The CSP img-src source for the tile server ({s} subdomains become a wildcard); none without tiles. */
export function mapImgSources(env: TileEnv): string[] {
  const tiles = mapTiles(env);
  const origin = tiles?.url.match(/^https?:\/\/[^/]+/)?.[0];
  return origin ? [origin.replace(/\{s\}/g, '*')] : [];
}

export interface MapMarker {
  location: LonLat;
  /** The accessible name of the marker and the title of its popup. */
  label: string;
  /** Page the popup links to. */
  href?: string;
  /** A second line in the popup (address, kind). */
  detail?: string;
}

export interface MapArea {
  name: string;
  boundary: LonLat[];
}

/** Every text the map shows or announces, already translated by the calling module. */
export interface MapLabels {
  /** Accessible name of the map region ("Mappa dei luoghi"). */
  name: string;
  /** Says what the map shows and that the list below carries the same content. */
  description: string;
  skip: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
}

/** The data map.js reads from the JSON block; exported for tests. */
export interface MapData {
  tiles: MapTiles | null;
  labels: Omit<MapLabels, 'name' | 'description' | 'skip'>;
  markers: Array<{ lat: number; lon: number; label: string; href?: string; detail?: string }>;
  areas: Array<{ name: string; ring: Array<[lat: number, lon: number]> }>;
  zoom?: number;
}

/** JSON that is safe inside <script type="application/json">: nothing can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sketchProjection(rings: LonLat[][]) {
  const all = rings.flat();
  if (!all.length) return null;
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const width = 640;
  const scale = width / Math.max((maxLon - minLon) * k, 1e-9);
  const height = Math.max(Math.round((maxLat - minLat) * scale), 1);
  const project = ([lon, lat]: LonLat): [string, string] => [
    ((lon - minLon) * k * scale).toFixed(1),
    ((maxLat - lat) * scale).toFixed(1),
  ];
  return { width, height, project };
}

/**
 * A server-rendered sketch of the areas and the markers as dots (equirectangular, scaled by
 * cos(latitude)): what a visitor without JavaScript sees in place of the interactive map.
 */
function Sketch(props: { areas: MapArea[]; markers: MapMarker[] }): JSX.Element {
  const rings = props.areas.length
    ? props.areas.map((a) => a.boundary)
    : [props.markers.map((m) => m.location)];
  const projection = sketchProjection(rings);
  if (!projection) return '';
  const { width, height, project } = projection;
  return (
    <svg
      class="campanile-map-sketch"
      viewBox={`-8 -8 ${width + 16} ${height + 16}`}
      aria-hidden="true"
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
    >
      {props.areas.map((a) => (
        <polygon class="campanile-map-area" points={a.boundary.map((p) => project(p).join(',')).join(' ')} />
      ))}
      {props.markers.map((m) => {
        const [x, y] = project(m.location);
        return <circle class="campanile-map-dot" cx={x} cy={y} r="6" />;
      })}
    </svg>
  );
}

/**
 * An interactive Leaflet map (public/js/map.js) of markers and area outlines, with the tiles of
 * MAP_TILE_URL or none. Self-contained: it loads Leaflet's stylesheet and scripts itself (deferred,
 * external; the CSP forbids inline scripts) and hands its data over in a JSON block. Without
 * JavaScript it shows a static sketch; the page must always carry a list with the same content,
 * which the description announces, and `skipTo` names the element after the map.
 */
export function LeafletMap(props: {
  id: string;
  labels: MapLabels;
  markers: MapMarker[];
  areas?: MapArea[];
  tiles: MapTiles | null;
  skipTo: string;
  /** Initial zoom around a single marker (place pages); otherwise the map fits all it shows. */
  zoom?: number;
  small?: boolean;
}): JSX.Element {
  const areas = props.areas ?? [];
  const { name, description, skip, ...controls } = props.labels;
  const data: MapData = {
    tiles: props.tiles,
    labels: controls,
    markers: props.markers.map((m) => ({
      lat: m.location[1],
      lon: m.location[0],
      label: m.label,
      ...(m.href ? { href: m.href } : {}),
      ...(m.detail ? { detail: m.detail } : {}),
    })),
    areas: areas.map((a) => ({ name: a.name, ring: a.boundary.map(([lon, lat]) => [lat, lon]) })),
    ...(props.zoom ? { zoom: props.zoom } : {}),
  };
  return (
    <div class="campanile-map mb-4">
      <link rel="stylesheet" href={asset.leafletCss} />
      <a class="visually-hidden-focusable" href={`#${props.skipTo}`} safe>
        {skip}
      </a>
      <p id={`${props.id}-desc`} class="small mb-2" safe>
        {description}
      </p>
      <section
        id={props.id}
        class={props.small ? 'campanile-map-canvas campanile-map-small' : 'campanile-map-canvas'}
        aria-label={name}
        aria-describedby={`${props.id}-desc`}
        data-map={`${props.id}-data`}
      >
        <Sketch areas={areas} markers={props.markers} />
      </section>
      <script type="application/json" id={`${props.id}-data`}>
        {jsonForScript(data) as 'safe'}
      </script>
      <script src={asset.leafletJs} defer></script>
      <script src={asset.mapJs} defer></script>
    </div>
  );
}
