/* cmd_zones.c - `sb40 zones rank|check|report|obligations|lots|indicators|
 * regions`: monitoring of the small industrial zones (issue 4).
 *
 * Loads the zones' data from the store (io/zoneload), computes with the
 * domain modules (zoneind, rank, checks, obligation, lot) and prints a
 * document of tables (report/zone_report) as text, CSV, JSON, HTML or XLSX
 * in the chosen language.  `check` exits 1 when any finding is at error
 * level, so it can stop a pipeline.  XLSX goes to --output FILE, written
 * to a temporary name and renamed, so a failure leaves nothing behind.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "base/buf.h"
#include "cli/cli.h"
#include "io/zoneload.h"
#include "report/zone_report.h"
#include "store/store.h"

#define MAX_WEIGHTS_FILE (1u << 20)

static void usage(FILE *f)
{
	fprintf(f,
		"usage: sb40 zones VIEW [--db PATH] [--year Y] [--format text|csv|json|html|xlsx]\n"
		"                  [--lang uz|uz-Cyrl|ru|en] [--today YYYY-MM-DD] [--output FILE]\n"
		"                  [--weights FILE] [--norm minmax|zscore] [--draws N]\n"
		"                  [--spread S] [--seed N]\n\n"
		"Monitoring of the small industrial zones (docs/zones.md).\n\n"
		"Views:\n"
		"  rank         composite index and ranks of the zones in a year, with the\n"
		"               rank range of each zone under random changes of the weights\n"
		"  check        consistency findings (rule, severity, message); exit status 1\n"
		"               when any finding is an error\n"
		"  report       the yearly report: ranking, enterprises over time, infrastructure,\n"
		"               obligations, findings, lots, regions (html: one printable page)\n"
		"  obligations  participants' obligations, acceptance status (3 months after the\n"
		"               due date, resolution No. 432), what to accept this month\n"
		"  lots         vacant and half-used lots, auction status, area to offer\n"
		"  indicators   every zone indicator, stored and derived, in a year\n"
		"  regions      zones per region, enterprises by legal form with shares\n\n"
		"Options:\n"
		"  -d, --db PATH        the database (default $SB40_DB, else ./sb40.db)\n"
		"  -y, --year Y         the year (default: the latest with zone values)\n"
		"  -f, --format F       text (default), csv, json, html or xlsx (needs --output)\n"
		"  -l, --lang L         uz (Uzbek, Latin; default), uz-Cyrl, ru or en\n"
		"  -t, --today DATE     the day statuses are judged on (default: today, UTC)\n"
		"  -o, --output FILE    write there instead of standard output\n"
		"  -w, --weights FILE   JSON {\"indicator\": weight, ...} (default: equal weights\n"
		"                       on enterprises_per_ha, workers_per_ha,\n"
		"                       workers_per_enterprise, infrastructure_pct,\n"
		"                       obligations_fulfilled_pct)\n"
		"  -n, --norm N         minmax (default) or zscore\n"
		"      --draws N        sensitivity draws (default 1000)\n"
		"      --spread S       weights vary by up to +-S, 0 < S <= 1 (default 0.5)\n"
		"      --seed N         random seed of the sensitivity analysis (default 40)\n"
		"  -h, --help           show this help\n");
}

static int read_file(const char *path, struct buf *out, struct sb40_error *err)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;
	int rc = 0;
	if (!f)
		return error_set(err, SB40_EIO, "cannot open \"%s\": %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (out->len + n > MAX_WEIGHTS_FILE) {
			rc = error_setwhere(err, SB40_EINVAL, path, "file too large (over 1 MiB)");
			break;
		}
		buf_add(out, chunk, n);
	}
	if (!rc && ferror(f))
		rc = error_set(err, SB40_EIO, "cannot read \"%s\": %s", path, strerror(errno));
	fclose(f);
	return rc;
}

static int write_text(const char *path, const struct buf *b, struct sb40_error *err)
{
	struct buf tmp = BUF_INIT;
	int rc = 0;
	buf_addf(&tmp, "%s.tmp%ld", path, (long)getpid());
	FILE *f = fopen(tmp.data, "wb");
	if (!f || fwrite(b->data, 1, b->len, f) != b->len || fclose(f) != 0 ||
	    rename(tmp.data, path) != 0) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		unlink(tmp.data);
	}
	buf_release(&tmp);
	return rc;
}

static int write_xlsx(const char *path, const struct zdoc *doc, struct sb40_error *err)
{
	struct buf tmp = BUF_INIT;
	buf_addf(&tmp, "%s.tmp%ld.xlsx", path, (long)getpid());
	int rc = zdoc_xlsx(doc, tmp.data, err);
	if (!rc && rename(tmp.data, path) != 0)
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
	if (rc)
		unlink(tmp.data);
	buf_release(&tmp);
	return rc;
}

static struct zdate utc_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	return (struct zdate){tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

static int parse_ulong(const char *s, unsigned long long lo, unsigned long long hi,
		       unsigned long long *out)
{
	char *end;
	errno = 0;
	if (!*s || *s == '-')
		return -1;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

static const char *const views[] = {"rank", "check", "report", "obligations", "lots",
				    "indicators", "regions", NULL};

int cmd_zones(int argc, char **argv, struct cli_ctx *ctx)
{
	enum { O_DRAWS = 256, O_SPREAD, O_SEED };
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},      {"year", required_argument, NULL, 'y'},
		{"format", required_argument, NULL, 'f'},  {"lang", required_argument, NULL, 'l'},
		{"today", required_argument, NULL, 't'},   {"output", required_argument, NULL, 'o'},
		{"weights", required_argument, NULL, 'w'}, {"norm", required_argument, NULL, 'n'},
		{"draws", required_argument, NULL, O_DRAWS},
		{"spread", required_argument, NULL, O_SPREAD},
		{"seed", required_argument, NULL, O_SEED}, {"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL, *output = NULL, *weights = NULL, *view;
	enum zformat fmt = ZF_TEXT;
	struct zone_opts o;
	struct sb40_error err;
	unsigned long long u;
	int c, rc = 0, exit_code = EXIT_OK;
	char *end;

	memset(&o, 0, sizeof o);
	o.today = utc_today();
	o.norm = RANK_MINMAX;
	o.draws = 1000;
	o.spread = 0.5;
	o.seed = 40;
	o.lang = LANG_UZ;
	zone_default_weights(o.w);
	error_clear(&err);
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:y:f:l:t:o:w:n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			db = optarg;
			break;
		case 'y':
			if (parse_ulong(optarg, 1991, 2100, &u))
				return cli_usage(ctx, "zones", "bad year \"%s\" (expected 1991..2100)",
						 optarg);
			o.year = (int)u;
			break;
		case 'f':
			if (zformat_parse(optarg, &fmt))
				return cli_usage(ctx, "zones",
						 "unknown format \"%s\" (expected text, csv, json, html "
						 "or xlsx)", optarg);
			break;
		case 'l':
			if (lang_parse(optarg, &o.lang))
				return cli_usage(ctx, "zones",
						 "unknown language \"%s\" (expected uz, uz-Cyrl, ru or en)",
						 optarg);
			ctx->errlang = 1 + (int)o.lang; /* errors in --lang too */
			break;
		case 't':
			if (zdate_parse(optarg, &o.today))
				return cli_usage(ctx, "zones", "bad date \"%s\" (expected YYYY-MM-DD)",
						 optarg);
			break;
		case 'o':
			output = optarg;
			break;
		case 'w':
			weights = optarg;
			break;
		case 'n':
			if (rank_norm_parse(optarg, &o.norm))
				return cli_usage(ctx, "zones",
						 "unknown normalisation \"%s\" (expected minmax or zscore)",
						 optarg);
			break;
		case O_DRAWS:
			if (parse_ulong(optarg, 1, RANK_MAX_DRAWS, &u))
				return cli_usage(ctx, "zones", "bad --draws \"%s\" (expected 1..%lu)",
						 optarg, RANK_MAX_DRAWS);
			o.draws = (unsigned long)u;
			break;
		case O_SPREAD:
			errno = 0;
			o.spread = strtod(optarg, &end);
			if (errno || end == optarg || *end || !(o.spread > 0 && o.spread <= 1))
				return cli_usage(ctx, "zones",
						 "bad --spread \"%s\" (expected a number in (0, 1])",
						 optarg);
			break;
		case O_SEED:
			if (parse_ulong(optarg, 0, UINT64_MAX, &u))
				return cli_usage(ctx, "zones", "bad --seed \"%s\"", optarg);
			o.seed = u;
			break;
		case 'h':
			usage(ctx->out);
			return EXIT_OK;
		case ':':
			return cli_usage(ctx, "zones", "option \"%s\" needs a value", argv[optind - 1]);
		default:
			return cli_usage(ctx, "zones", "unknown option \"%s\"", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage(ctx, "zones", "expected a view: rank, check, report, obligations, "
					       "lots, indicators or regions");
	view = argv[optind];
	for (c = 0; views[c] && strcmp(views[c], view) != 0; c++)
		;
	if (!views[c])
		return cli_usage(ctx, "zones", "unknown view \"%s\"", view);
	if (optind + 1 < argc)
		return cli_usage(ctx, "zones", "unexpected argument \"%s\"", argv[optind + 1]);
	if (fmt == ZF_XLSX && !output)
		return cli_usage(ctx, "zones", "--format xlsx needs --output FILE");

	if (weights) {
		struct buf text = BUF_INIT;
		rc = read_file(weights, &text, &err);
		if (!rc)
			rc = zone_weights_parse(text.data, text.len, weights, o.w, &err);
		buf_release(&text);
		if (rc)
			return cli_fail(ctx, &err);
		int n = 0;
		for (int i = 0; i < ZI_COUNT; i++)
			n += o.w[i] > 0;
		if (n > ZT_MAX_COLS - 1) {
			error_setwhere(&err, SB40_EINVAL, weights,
				       "at most %d indicators can be weighted, got %d",
				       ZT_MAX_COLS - 1, n);
			return cli_fail(ctx, &err);
		}
	}

	struct store *st = NULL;
	struct zone_data d;
	struct zone_labels *lb = calloc(1, sizeof *lb);
	struct zdoc doc;
	struct buf out = BUF_INIT;
	size_t errors = 0;
	memset(&doc, 0, sizeof doc);
	doc.lang = o.lang;
	if (!lb)
		return EXIT_INTERNAL;
	rc = store_open(cli_db(db), 0, &st, &err);
	if (!rc) {
		rc = zoneload(st, &d, lb, &err);
		store_close(st);
	}
	if (rc) {
		free(lb);
		return cli_fail(ctx, &err);
	}
	if (!strcmp(view, "rank"))
		rc = zone_view_rank(&d, lb, &o, &doc, &err);
	else if (!strcmp(view, "check"))
		zone_view_check(&d, lb, &o, &doc, &errors);
	else if (!strcmp(view, "report"))
		rc = zone_view_report(&d, lb, &o, &doc, &err);
	else if (!strcmp(view, "obligations"))
		zone_view_obligations(&d, &o, &doc);
	else if (!strcmp(view, "lots"))
		zone_view_lots(&d, &o, &doc);
	else if (!strcmp(view, "indicators"))
		zone_view_indicators(&d, lb, &o, &doc);
	else
		zone_view_regions(&d, &o, &doc);
	if (!rc && fmt == ZF_XLSX) {
		rc = write_xlsx(output, &doc, &err);
	} else if (!rc) {
		zdoc_render(&out, &doc, fmt);
		if (output)
			rc = write_text(output, &out, &err);
		else if (fwrite(out.data, 1, out.len, ctx->out) != out.len || fflush(ctx->out))
			rc = error_set(&err, SB40_EIO, "cannot write the output: %s", strerror(errno));
	}
	if (rc)
		exit_code = cli_fail(ctx, &err);
	else if (errors)
		exit_code = EXIT_FAIL;
	buf_release(&out);
	zdoc_release(&doc);
	zone_data_release(&d);
	free(lb);
	return exit_code;
}
