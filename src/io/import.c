/* import.c - the import driver: header, rows, transaction, errors.
 *
 * States: header -> rows (writing) --first error--> rows (validating only)
 *         -> end: commit (no error, not a dry run) or roll back.
 */
#include "io/import_int.h"
#include "base/progress.h"
#include <string.h>

static const char *const kind_names[IMPORT_NKINDS] = {
	"zones", "enterprises", "observations", "obligations", "lots",
};

int import_kind_parse(const char *name)
{
	for (int i = 0; i < IMPORT_NKINDS; i++)
		if (!strcmp(name, kind_names[i]))
			return i;
	return -1;
}

const char *import_kind_name(enum import_kind k)
{
	return kind_names[k];
}

static void expected_list(const struct import_col *spec, char *out, size_t n)
{
	size_t o = 0;
	out[0] = '\0';
	for (int i = 0; spec[i].name && o < n; i++)
		o += (size_t)snprintf(out + o, n - o, "%s%s", i ? ", " : "", spec[i].name);
}

static int read_header(struct import_state *s, struct sb40_error *err)
{
	const struct import_col *spec = import_columns[s->kind];
	const char *file = csvr_name(s->r);
	char q[256], list[256];
	int rc = csvr_next(s->r, err);
	size_t nf;

	if (rc < 0)
		return err->code;
	if (rc == 0)
		return error_setat(err, SB40_EINVAL, file, 1, 0,
				   "the file is empty (expected a header line)");
	for (int i = 0; i < IMPORT_MAX_COLS; i++)
		s->col[i] = -1;
	nf = csvr_nfields(s->r);
	s->nheader = nf;
	for (size_t f = 0; f < nf; f++) {
		size_t len;
		const char *name = csvr_field(s->r, f, &len);
		int found = -1;
		for (int i = 0; spec[i].name; i++)
			if (strlen(spec[i].name) == len && !memcmp(spec[i].name, name, len))
				found = i;
		if (found < 0) {
			expected_list(spec, list, sizeof list);
			return error_setat(err, SB40_EINVAL, file, csvr_line(s->r), (long)f + 1,
					   "unknown column %s (expected %s)",
					   error_quote(q, sizeof q, name, len), list);
		}
		if (s->col[found] >= 0)
			return error_setat(err, SB40_EINVAL, file, csvr_line(s->r), (long)f + 1,
					   "duplicate column %s", error_quote(q, sizeof q, name, len));
		s->col[found] = (int)f;
	}
	for (int i = 0; spec[i].name; i++)
		if (spec[i].required && s->col[i] < 0)
			return error_setat(err, SB40_EINVAL, file, csvr_line(s->r), 0,
					   "missing required column \"%s\"", spec[i].name);
	return 0;
}

static int audit_import(struct import_state *s, const struct import_stats *stats,
			struct sb40_error *err)
{
	char entity[600], after[200];
	snprintf(entity, sizeof entity, "%s:%.500s", kind_names[s->kind], csvr_name(s->r));
	snprintf(after, sizeof after, "{\"rows\":%ld,\"added\":%ld,\"changed\":%ld,\"unchanged\":%ld}",
		 stats->rows, stats->added, stats->changed, stats->unchanged);
	return store_audit_add(s->st, s->opt->actor, "import", entity, NULL, after, err);
}

int import_csv(struct store *st, enum import_kind kind, struct csvr *r,
	       const struct import_options *opt, struct import_stats *stats,
	       import_error_fn on_error, void *ctx, struct sb40_error *err)
{
	struct import_state s;
	struct progress bar;
	struct sb40_error rowerr;
	int rc, first = 0, bulk = 0, max = opt->max_errors > 0 ? opt->max_errors : 1;

	memset(stats, 0, sizeof *stats);
	memset(&s, 0, sizeof s);
	s.st = st;
	s.r = r;
	s.opt = opt;
	s.kind = kind;
	s.today = opt->today;
	s.writing = 1;
	hset_init(&s.seen);
	hset_init(&s.regions);
	hset_init(&s.zones);
	error_clear(err);
	progress_begin(&bar, opt->progress, kind_names[kind], csvr_size(r), 0);

	if ((rc = read_header(&s, err))) {
		stats->errors = 1;
		if (on_error)
			on_error(ctx, err);
		goto out;
	}
	if ((rc = store_begin(st, err)))
		goto out;
	/* firms and values may stream (COPY on PostgreSQL): rows are still
	 * validated one by one here, the store applies the put rules at the end */
	if ((kind == IMPORT_ENTERPRISES || kind == IMPORT_OBSERVATIONS) &&
	    (rc = store_bulk_begin(st, kind == IMPORT_ENTERPRISES ? STORE_BULK_ENTERPRISES
				   : STORE_BULK_OBSERVATIONS, opt->actor, &bulk, err)))
		goto rollback;
	for (;;) {
		enum store_put res = STORE_UNCHANGED;
		int more = csvr_next(r, &rowerr);
		if (more == 0)
			break;
		if (more < 0) {
			rc = rowerr.code;
		} else {
			stats->rows++;
			rc = import_row(&s, &res, &rowerr);
		}
		if (rc) {
			if (rowerr.code == SB40_EIO || rowerr.code == SB40_ENOMEM ||
			    (rowerr.code == SB40_EDB && s.writing)) {
				*err = rowerr; /* the database failed: stop here */
				stats->errors++;
				if (on_error && stats->errors <= max)
					on_error(ctx, err);
				goto rollback;
			}
			stats->errors++;
			if (!first) {
				*err = rowerr;
				first = 1;
			}
			if (on_error && stats->errors <= max)
				on_error(ctx, &rowerr);
			s.writing = 0;
			if (more < 0)
				break;
			continue;
		}
		if (res == STORE_ADDED)
			stats->added++;
		else if (res == STORE_CHANGED)
			stats->changed++;
		else
			stats->unchanged++;
		if ((stats->rows & 4095) == 0)
			progress_update(&bar, csvr_offset(r));
	}
	if (stats->errors) {
		rc = err->code ? err->code : SB40_EINVAL;
		goto rollback;
	}
	if (bulk && (rc = store_bulk_end(st, &stats->added, &stats->changed, &stats->unchanged,
					   err)))
		goto rollback;
	if ((rc = audit_import(&s, stats, err)))
		goto rollback;
	if (opt->dry_run)
		goto rollback;
	rc = store_commit(st, err);
	goto out;
rollback:
	store_rollback(st);
out:
	progress_end(&bar);
	hset_release(&s.seen);
	hset_release(&s.regions);
	hset_release(&s.zones);
	return rc;
}

int import_file(struct store *st, enum import_kind kind, const char *path, const char *name,
		const struct import_options *opt, struct import_stats *stats,
		import_error_fn on_error, void *ctx, struct sb40_error *err)
{
	struct csvr *r = NULL;
	int rc = csvr_open(path, name, &r, err);
	if (rc) {
		memset(stats, 0, sizeof *stats);
		stats->errors = 1;
		if (on_error)
			on_error(ctx, err);
		return rc;
	}
	rc = import_csv(st, kind, r, opt, stats, on_error, ctx, err);
	csvr_close(r);
	return rc;
}
