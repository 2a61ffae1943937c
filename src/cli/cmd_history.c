/* cmd_history.c - `sb40 history ENTITY INDICATOR [PERIOD]`: every revision. */
#include <string.h>
#include "cli/cli.h"
#include "io/entity.h"
#include "store/store.h"

static const char usage_text[] =
	"usage: sb40 history ENTITY INDICATOR [PERIOD] [--db PATH]\n\n"
	"Print every revision of a stored value, oldest first: period, revision,\n"
	"value, when, by whom, from which source.  The last revision of a period is\n"
	"its current value.  ENTITY is zone:CODE, enterprise:TIN, region:NAME or\n"
	"country:UZ.\n\n"
	"  --db PATH   the database (default: $SB40_DB, else ./sb40.db)\n";

static int print_rev(void *p, const struct store_revision *r)
{
	struct cli_ctx *ctx = p;
	fprintf(ctx->out, "%s\t%d\t%.15g\t%s\t%s\t%s\n", r->period, r->revision, r->value,
		r->recorded_at, r->recorded_by, r->source ? r->source : "");
	return 0;
}

int cmd_history(int argc, char **argv, struct cli_ctx *ctx)
{
	struct store_indicator ind;
	struct store *st = NULL;
	struct sb40_error err;
	const char *db, *kind;
	long id;
	int rc, first;

	if ((rc = cli_simple_options(argc, argv, ctx, "history", usage_text, 2, 3, &db, &first)) >= 0)
		return rc;
	if (store_open(db, 0, &st, &err))
		return cli_fail(ctx, &err);
	if ((rc = entity_resolve(st, argv[first], &kind, &id, &err)))
		goto fail;
	rc = store_indicator_get(st, argv[first + 1], &ind, &err);
	if (rc == SB40_ENOTFOUND)
		rc = error_set(&err, SB40_ENOTFOUND, "unknown indicator \"%s\"", argv[first + 1]);
	if (rc)
		goto fail;
	fprintf(ctx->out, "period\trevision\tvalue\trecorded_at\trecorded_by\tsource\n");
	if ((rc = store_observation_history(st, kind, id, ind.id,
					    argc - first == 3 ? argv[first + 2] : NULL,
					    print_rev, ctx, &err)))
		goto fail;
	store_close(st);
	return EXIT_OK;
fail:
	store_close(st);
	return cli_fail(ctx, &err);
}
