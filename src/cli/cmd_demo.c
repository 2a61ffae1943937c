/* cmd_demo.c - `sb40 demo`: build a new database from the bundled data/.
 *
 * A SQLite database is built under a temporary name and renamed into place
 * only when every file imported, so a failure leaves nothing behind.  A
 * PostgreSQL database (postgres://...) must exist and hold no registry yet;
 * it is filled in place, one all-or-nothing import per file.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "base/embed.h"
#include "cli/cli.h"
#include "io/import.h"
#include "web/auth.h"

static const char usage_text[] =
	"usage: sb40 demo [--db PATH|postgres://...]\n\n"
	"Create a new database from the demo data compiled into sb40 (the\n"
	"Tashkent small industrial zones, their timelines, the innovation series of\n"
	"Uzbekistan 2010-2020, and illustrative firms, obligations and lots; see\n"
	"data/README.md).  Refuses to overwrite an existing file, or to fill a\n"
	"PostgreSQL database that already holds zones or firms.  Creates the\n"
	"account \"admin\" with a random password, printed once.\n\n"
	"  --db PATH   the new database (default: $SB40_DB, else ./sb40.db)\n";

static const struct {
	enum import_kind kind;
	const char *file;
} steps[] = {
	{IMPORT_ZONES, "zones.csv"},
	{IMPORT_ENTERPRISES, "enterprises.csv"},
	{IMPORT_OBSERVATIONS, "observations.csv"},
	{IMPORT_OBLIGATIONS, "obligations.csv"},
	{IMPORT_LOTS, "lots.csv"},
};

static void remove_db(const char *path)
{
	char side[4200];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

int cmd_demo(int argc, char **argv, struct cli_ctx *ctx)
{
	struct import_options opt = {0};
	struct sb40_error err;
	struct store *st = NULL;
	const char *db;
	char tmp[4096], pw[32], hash[AUTH_PWHASH_CHARS];
	int rc, first, pg;

	if ((rc = cli_simple_options(argc, argv, ctx, "demo", usage_text, 0, 0, &db, &first)) >= 0)
		return rc;
	rc = EXIT_OK;
	pg = !strncmp(db, "postgres://", 11) || !strncmp(db, "postgresql://", 13);
	if (pg) {
		/* a server database cannot be built aside and renamed: fill it in
		 * place, only when it holds no registry yet */
		long zones = 0, firms = 0;
		if (store_open(db, STORE_CREATE, &st, &err) ||
		    store_count(st, STORE_T_ZONE, &zones, &err) ||
		    store_count(st, STORE_T_ENTERPRISE, &firms, &err))
			goto fail;
		if (zones || firms) {
			error_set(&err, SB40_EEXIST, "\"%s\" already holds data; use an empty "
				  "database", db);
			goto fail;
		}
	} else {
		if (access(db, F_OK) == 0) {
			error_set(&err, SB40_EEXIST, "\"%s\" already exists; remove it or choose "
				  "another --db", db);
			return cli_fail(ctx, &err);
		}
		snprintf(tmp, sizeof tmp, "%s.building-%ld", db, (long)getpid());
		if (store_open(tmp, STORE_CREATE, &st, &err))
			return cli_fail(ctx, &err);
	}
	opt.max_errors = 1;
	opt.actor = "demo";
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		const struct embedded_file *f = embed_find(steps[i].file);
		struct csvr *r = NULL;
		struct import_stats stats;
		char name[64];
		snprintf(name, sizeof name, "data/%s", steps[i].file);
		if (!f) {
			error_set(&err, SB40_EIO, "demo file \"%s\" is missing from this build", name);
			goto fail;
		}
		if (csvr_open_mem(name, f->data, f->size, &r, &err))
			goto fail;
		rc = import_csv(st, steps[i].kind, r, &opt, &stats, NULL, NULL, &err);
		csvr_close(r);
		if (rc)
			goto fail;
		fprintf(ctx->err, "%s: %ld added\n", name, stats.added);
	}
	/* the first admin: a random password, shown once, never a fixed one */
	auth_random_password(pw);
	if (auth_hash_password(NULL, pw, hash, &err) || store_begin(st, &err) ||
	    store_user_add(st, "admin", hash, "admin", 0, 0, "uz", NULL, &err) ||
	    store_audit_add(st, "demo", "user add", "user:admin", NULL,
			    "{\"role\":\"admin\",\"scope\":\"\"}", &err) ||
	    store_commit(st, &err))
		goto fail;
	store_close(st);
	st = NULL;
	if (!pg && rename(tmp, db) != 0) {
		error_set(&err, SB40_EIO, "cannot rename \"%s\" to \"%s\"", tmp, db);
		goto fail;
	}
	fprintf(ctx->out, "%s: demo database created\n", db);
	fprintf(ctx->out, "web sign-in: admin / %s (shown once; change it with "
		"'sb40 user passwd admin --db %s')\n", pw, db);
	return EXIT_OK;
fail:
	store_close(st);
	if (!pg)
		remove_db(tmp);
	return cli_fail(ctx, &err);
}
