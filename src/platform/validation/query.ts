import { type TObject, type TProperties, Type } from '@sinclair/typebox';

/**
 * The query string of a page: the given parameters, plus `lang` (read by the platform on every
 * request to switch language), and nothing else.
 */
export function pageQuery<T extends TProperties>(
  properties: T,
): TObject<T & { lang: ReturnType<typeof langParam> }> {
  return Type.Object({ ...properties, lang: langParam() }, { additionalProperties: false }) as never;
}

function langParam() {
  return Type.Optional(Type.String({ maxLength: 8 }));
}
