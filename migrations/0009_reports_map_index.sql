DROP INDEX "report_viewport";--> statement-breakpoint
CREATE INDEX "report_map" ON "report" USING btree ("tenant_id","open","lat","lon","created_at","merged_into_id","id");