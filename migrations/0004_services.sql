CREATE TABLE "service_category" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"category_id" uuid NOT NULL,
	"office_id" uuid,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"how_to" text DEFAULT '' NOT NULL,
	"needed" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"times" text DEFAULT '' NOT NULL,
	"cost" text DEFAULT '' NOT NULL,
	"access" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"contacts" text DEFAULT '' NOT NULL,
	"further_info" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_status" CHECK ("service"."status" in ('active', 'inactive'))
);
--> statement-breakpoint
ALTER TABLE "service_category" ADD CONSTRAINT "service_category_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_category_id_service_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_category"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_category_tenant_slug" ON "service_category" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "service_tenant_slug" ON "service" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "service_tenant_category" ON "service" USING btree ("tenant_id","category_id");--> statement-breakpoint
CREATE INDEX "service_search" ON "service" USING gin (to_tsvector('italian', immutable_unaccent("title" || ' ' || "summary")));--> statement-breakpoint
CREATE INDEX "service_title_trgm" ON "service" USING gin (immutable_unaccent(lower("title")) gin_trgm_ops);