-- Site search and topic pages (portal): expression indexes so that the content sources find
-- candidates without computing full-text vectors and trigrams on every row of a Comune. Optional:
-- the sources give the same results without them, only slower. The expressions match, character
-- for character, those in src/modules/services/content.ts and src/modules/places/content.ts.
CREATE INDEX IF NOT EXISTS "service_text_fts" ON "service" USING gin (to_tsvector('italian', immutable_unaccent("title" || ' ' || "summary" || ' ' || "description" || ' ' || "needed")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "service_head_trgm" ON "service" USING gin (immutable_unaccent(lower("title" || ' ' || "summary")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "place_text_fts" ON "place" USING gin (to_tsvector('italian', immutable_unaccent("name" || ' ' || "address" || ' ' || "description" || ' ' || "opening_notes")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "place_head_trgm" ON "place" USING gin (immutable_unaccent(lower("name" || ' ' || "address")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_text_fts" ON "event" USING gin (to_tsvector('italian', immutable_unaccent("title" || ' ' || "summary" || ' ' || "description")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_head_trgm" ON "event" USING gin (immutable_unaccent(lower("title" || ' ' || "summary")) gin_trgm_ops);
