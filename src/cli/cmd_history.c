/* cmd_history.c - `sb40 history ENTITY INDICATOR [PERIOD]`: every revision. */
#include <getopt.h>
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
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'}, {0},
	};
	struct store_indicator ind;
	struct store *st = NULL;
	struct sb40_error err;
	const char *db = NULL, *kind;
	long id;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'h') {
			fputs(usage_text, ctx->out);
			return EXIT_OK;
		}
		if (c == 'd')
			db = optarg;
		else
			return cli_usage(ctx, "history", "bad option");
	}
	if (argc - optind < 2 || argc - optind > 3)
		return cli_usage(ctx, "history", "expected ENTITY INDICATOR [PERIOD]");
	if (store_open(cli_db(db), 0, &st, &err))
		return cli_fail(ctx, &err);
	if ((rc = entity_resolve(st, argv[optind], &kind, &id, &err)))
		goto fail;
	rc = store_indicator_get(st, argv[optind + 1], &ind, &err);
	if (rc == SB40_ENOTFOUND)
		rc = error_set(&err, SB40_ENOTFOUND, "unknown indicator \"%s\"", argv[optind + 1]);
	if (rc)
		goto fail;
	fprintf(ctx->out, "period\trevision\tvalue\trecorded_at\trecorded_by\tsource\n");
	if ((rc = store_observation_history(st, kind, id, ind.id,
					    argc - optind == 3 ? argv[optind + 2] : NULL,
					    print_rev, ctx, &err)))
		goto fail;
	store_close(st);
	return EXIT_OK;
fail:
	store_close(st);
	return cli_fail(ctx, &err);
}
