CREATE TABLE "administration_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"category" text DEFAULT 'organi-di-governo' NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"office_id" uuid,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "administration_item_category" CHECK ("administration_item"."category" in ('organi-di-governo', 'aree-amministrative', 'enti-e-fondazioni', 'politici', 'personale-amministrativo', 'documenti-e-dati')),
	CONSTRAINT "administration_item_status" CHECK ("administration_item"."status" in ('draft', 'published'))
);
--> statement-breakpoint
ALTER TABLE "administration_item" ADD CONSTRAINT "administration_item_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "administration_item" ADD CONSTRAINT "administration_item_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "administration_item" ADD CONSTRAINT "administration_item_created_by_staff_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "administration_item" ADD CONSTRAINT "administration_item_updated_by_staff_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "administration_item_tenant_category_slug" ON "administration_item" USING btree ("tenant_id","category","slug");--> statement-breakpoint
CREATE INDEX "administration_item_tenant_category_order" ON "administration_item" USING btree ("tenant_id","category","sort_order");--> statement-breakpoint
CREATE INDEX "administration_item_title_trgm" ON "administration_item" USING gin (immutable_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "administration_item_topics" ON "administration_item" USING gin ("topics");