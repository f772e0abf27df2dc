import type { LonLat } from '../../../platform/db/columns.js';

/** Planar coordinates for a small territory: longitude shrunk by cos(latitude), y growing southwards. */
export interface Projection {
  width: number;
  height: number;
  project: (point: LonLat) => [number, number];
}

/**
 * Fits every ring into a box `size` units wide or tall (the longer side), keeping proportions. An
 * equirectangular projection centred on the territory is exact enough for a few kilometres.
 */
export function fitProjection(rings: LonLat[][], size = 100, padding = 2): Projection | null {
  const points = rings.flat();
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (size - 2 * padding) / Math.max(spanX, spanY);
  const width = spanX * scale + 2 * padding;
  const height = spanY * scale + 2 * padding;
  return {
    width,
    height,
    project: ([lon, lat]) => [padding + (lon - minLon) * k * scale, padding + (maxLat - lat) * scale],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function svgPoints(ring: LonLat[], projection: Projection): string {
  return ring
    .map((p) => projection.project(p))
    .map(([x, y]) => `${round(x)},${round(y)}`)
    .join(' ');
}

/**
 * A static sketch of the territory with one area highlighted: no map tiles, no script, drawn from the
 * polygons stored in the database. Colours come from app.css (the CSP forbids inline styles).
 */
export function AreaPreview(props: {
  areas: Array<{ id: string; boundary: LonLat[] }>;
  highlight: string;
  projection: Projection;
  label: string;
}): JSX.Element {
  const { projection } = props;
  const others = props.areas.filter((a) => a.id !== props.highlight);
  const current = props.areas.find((a) => a.id === props.highlight);
  return (
    <svg
      class="area-preview"
      viewBox={`0 0 ${round(projection.width)} ${round(projection.height)}`}
      width="140"
      role="img"
      aria-label={props.label}
    >
      {others.map((a) => (
        <polygon
          class="area-other"
          points={svgPoints(a.boundary, projection)}
          vector-effect="non-scaling-stroke"
        />
      ))}
      {current ? (
        <polygon
          class="area-this"
          points={svgPoints(current.boundary, projection)}
          vector-effect="non-scaling-stroke"
        />
      ) : (
        ''
      )}
    </svg>
  );
}
