CREATE TABLE "page_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"page" text NOT NULL,
	"rating" integer NOT NULL,
	"answer" text,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "page_feedback_rating" CHECK ("page_feedback"."rating" between 1 and 5),
	CONSTRAINT "page_feedback_comment" CHECK (char_length("page_feedback"."comment") <= 200)
);
--> statement-breakpoint
ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "page_feedback_tenant_page" ON "page_feedback" USING btree ("tenant_id","page");--> statement-breakpoint
CREATE INDEX "page_feedback_tenant_created" ON "page_feedback" USING btree ("tenant_id","created_at");