/* cmd_overview.c - `sb40 overview`: what the database holds, at a glance. */
#include <string.h>
#include "cli/cli.h"
#include "report/numfmt.h"
#include "store/store.h"

static const char usage_text[] =
	"usage: sb40 overview [--db PATH]\n\n"
	"Print the database's overview: zones, their firms and workers in the latest\n"
	"year, registered enterprises, stored values and revisions.\n\n"
	"  --db PATH   the database (default: $SB40_DB, else ./sb40.db)\n";

int cmd_overview(int argc, char **argv, struct cli_ctx *ctx)
{
	struct store_overview o;
	struct store *st = NULL;
	struct sb40_error err;
	const char *db;
	char a[64], b[64], shown[1024];
	int rc, first, have, want;

	if ((rc = cli_simple_options(argc, argv, ctx, "overview", usage_text, 0, 0, &db, &first)) >= 0)
		return rc;
	if (store_open(db, 0, &st, &err) || store_overview(st, &o, &err) ||
	    store_schema_version(st, &have, &want, &err)) {
		store_close(st);
		return cli_fail(ctx, &err);
	}
	fprintf(ctx->out, "sb40 database %s (%s, schema %d)\n\n", store_url_shown(db, shown, sizeof shown),
		store_backend(st), have);
	fprintf(ctx->out, "  %-22s %s (%s ha)\n", "zones", numfmt(a, sizeof a, (double)o.zones, 0, "en"),
		numfmt(b, sizeof b, o.zone_area_ha, 1, "en"));
	if (o.latest_period[0]) {
		fprintf(ctx->out, "  %-22s %s\n", "latest year", o.latest_period);
		fprintf(ctx->out, "  %-22s %s (%ld zones reporting)\n", "firms in zones",
			numfmt(a, sizeof a, o.zone_enterprises, 0, "en"), o.zones_with_data);
		fprintf(ctx->out, "  %-22s %s\n", "workers in zones",
			numfmt(a, sizeof a, o.zone_workers, 0, "en"));
	}
	fprintf(ctx->out, "  %-22s %s\n", "registered enterprises",
		numfmt(a, sizeof a, (double)o.enterprises, 0, "en"));
	fprintf(ctx->out, "  %-22s %s current, %s revisions\n", "observed values",
		numfmt(a, sizeof a, (double)o.observations, 0, "en"),
		numfmt(b, sizeof b, (double)o.revisions, 0, "en"));
	fprintf(ctx->out, "  %-22s %ld\n", "obligations", o.obligations);
	fprintf(ctx->out, "  %-22s %ld\n", "lots", o.lots);
	fprintf(ctx->out, "  %-22s %ld\n", "indicators", o.indicators);
	store_close(st);
	return EXIT_OK;
}
