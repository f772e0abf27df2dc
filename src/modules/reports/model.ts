import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * An extra question of a category, shaped after an Open311 service definition attribute: `code` is
 * the attribute code, `datatype` one of Open311's (string, number, datetime, text, singlevaluelist,
 * multivaluelist), `values` the choices of a list. `variable: false` is Open311's informational text.
 */
export const ExtraQuestionSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
    label: Type.String({ minLength: 1, maxLength: 200 }),
    datatype: Type.Union([
      Type.Literal('string'),
      Type.Literal('number'),
      Type.Literal('datetime'),
      Type.Literal('text'),
      Type.Literal('singlevaluelist'),
      Type.Literal('multivaluelist'),
    ]),
    required: Type.Boolean(),
    variable: Type.Optional(Type.Boolean()),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    values: Type.Optional(
      Type.Array(
        Type.Object(
          {
            key: Type.String({ minLength: 1, maxLength: 60 }),
            name: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    order: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type ExtraQuestion = Static<typeof ExtraQuestionSchema>;

export const ExtraQuestionsSchema = Type.Array(ExtraQuestionSchema, { maxItems: 20 });

/** True when `value` is a well-formed list of questions (codes unique, lists with choices). */
export function isValidQuestions(value: unknown): value is ExtraQuestion[] {
  if (!Value.Check(ExtraQuestionsSchema, value)) return false;
  const codes = new Set(value.map((q) => q.code));
  if (codes.size !== value.length) return false;
  return value.every((q) => !q.datatype.endsWith('valuelist') || (q.values?.length ?? 0) > 0);
}

/** Earth's mean radius, metres (haversine). */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two [lon, lat] points. */
export function haversineMetres([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A box around [lon, lat] that contains every point within `metres` (a little generous). */
export function boundingBox(
  [lon, lat]: [number, number],
  metres: number,
): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = (metres / EARTH_RADIUS_M) * (180 / Math.PI) * 1.001;
  const cos = Math.max(Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180), 1e-6);
  const dLon = dLat / cos;
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}
