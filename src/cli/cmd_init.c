/* cmd_init.c - `sb40 init`: create a database or upgrade its schema. */
#include <string.h>
#include "cli/cli.h"
#include "store/store.h"

static const char usage_text[] =
	"usage: sb40 init [--db PATH]\n\n"
	"Create the database (a SQLite file, or postgres://... ) if it does not exist\n"
	"and bring its schema to this sb40's version.  Safe to run again.\n\n"
	"  --db PATH   the database (default: $SB40_DB, else ./sb40.db)\n";

int cmd_init(int argc, char **argv, struct cli_ctx *ctx)
{
	const char *db;
	char shown[1024];
	struct store *st = NULL;
	struct sb40_error err;
	int rc, first, have, want;

	if ((rc = cli_simple_options(argc, argv, ctx, "init", usage_text, 0, 0, &db, &first)) >= 0)
		return rc;
	if (store_open(db, STORE_CREATE | STORE_MIGRATE, &st, &err))
		return cli_fail(ctx, &err);
	if (store_schema_version(st, &have, &want, &err)) {
		store_close(st);
		return cli_fail(ctx, &err);
	}
	fprintf(ctx->out, "%s: schema version %d (%s)\n", store_url_shown(db, shown, sizeof shown), have,
		store_backend(st));
	store_close(st);
	return EXIT_OK;
}
