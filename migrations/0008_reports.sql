CREATE TABLE "report_category" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"service_code" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"office_id" uuid,
	"sla_hours" integer,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_category_sla" CHECK ("report_category"."sla_hours" is null or "report_category"."sla_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "report_follower" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"citizen_id" uuid,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_follower_who" CHECK ("report_follower"."citizen_id" is not null or "report_follower"."email" is not null)
);
--> statement-breakpoint
CREATE TABLE "report_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"update_id" uuid,
	"storage_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"initial" boolean DEFAULT false NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"from_status_id" uuid,
	"to_status_id" uuid,
	"author_staff_id" uuid,
	"text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"type" text DEFAULT 'report' NOT NULL,
	"category_id" uuid NOT NULL,
	"status_id" uuid NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"location" "point",
	"lat" double precision GENERATED ALWAYS AS ((location[1])) STORED,
	"lon" double precision GENERATED ALWAYS AS ((location[0])) STORED,
	"address" text DEFAULT '' NOT NULL,
	"area_id" uuid,
	"description" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"anonymous_public" boolean DEFAULT true NOT NULL,
	"citizen_id" uuid,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"contact_erased_at" timestamp with time zone,
	"office_id" uuid,
	"assignee_id" uuid,
	"submitted_by_id" uuid,
	"idempotency_key" text,
	"external_ref" text,
	"merged_into_id" uuid,
	"satisfaction" smallint,
	"due_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_type" CHECK ("report"."type" in ('report', 'suggestion', 'complaint')),
	CONSTRAINT "report_channel" CHECK ("report"."channel" in ('web', 'phone', 'desk', 'email', 'telegram', 'open311')),
	CONSTRAINT "report_priority" CHECK ("report"."priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "report_satisfaction" CHECK ("report"."satisfaction" is null or "report"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "report_category" ADD CONSTRAINT "report_category_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_category" ADD CONSTRAINT "report_category_parent_id_report_category_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."report_category"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_category" ADD CONSTRAINT "report_category_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_follower" ADD CONSTRAINT "report_follower_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_follower" ADD CONSTRAINT "report_follower_report_id_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_follower" ADD CONSTRAINT "report_follower_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_photo" ADD CONSTRAINT "report_photo_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_photo" ADD CONSTRAINT "report_photo_report_id_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_photo" ADD CONSTRAINT "report_photo_update_id_report_update_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."report_update"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_status" ADD CONSTRAINT "report_status_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_update" ADD CONSTRAINT "report_update_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_update" ADD CONSTRAINT "report_update_report_id_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_update" ADD CONSTRAINT "report_update_from_status_id_report_status_id_fk" FOREIGN KEY ("from_status_id") REFERENCES "public"."report_status"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_update" ADD CONSTRAINT "report_update_to_status_id_report_status_id_fk" FOREIGN KEY ("to_status_id") REFERENCES "public"."report_status"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_update" ADD CONSTRAINT "report_update_author_staff_id_staff_user_id_fk" FOREIGN KEY ("author_staff_id") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_category_id_report_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."report_category"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_status_id_report_status_id_fk" FOREIGN KEY ("status_id") REFERENCES "public"."report_status"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_assignee_id_staff_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_submitted_by_id_staff_user_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_merged_into_id_report_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."report"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_category_tenant_slug" ON "report_category" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "report_category_tenant_code" ON "report_category" USING btree ("tenant_id","service_code");--> statement-breakpoint
CREATE INDEX "report_category_parent" ON "report_category" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_follower_citizen" ON "report_follower" USING btree ("report_id","citizen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_follower_email" ON "report_follower" USING btree ("report_id","email");--> statement-breakpoint
CREATE INDEX "report_follower_citizen_id" ON "report_follower" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "report_photo_report" ON "report_photo" USING btree ("report_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "report_status_tenant_slug" ON "report_status" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "report_status_tenant_initial" ON "report_status" USING btree ("tenant_id") WHERE "report_status"."initial";--> statement-breakpoint
CREATE INDEX "report_update_report" ON "report_update" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_tenant_number" ON "report" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "report_tenant_idempotency" ON "report" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "report_nearby" ON "report" USING btree ("tenant_id","category_id","open","lat","lon");--> statement-breakpoint
CREATE INDEX "report_viewport" ON "report" USING btree ("tenant_id","lat","lon");--> statement-breakpoint
CREATE INDEX "report_tenant_created" ON "report" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "report_tenant_status" ON "report" USING btree ("tenant_id","status_id");--> statement-breakpoint
CREATE INDEX "report_citizen" ON "report" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "report_merged_into" ON "report" USING btree ("merged_into_id");