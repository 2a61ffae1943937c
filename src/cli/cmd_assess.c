/* cmd_assess.c - `sb40 assess innovation|maturity`: decision support for a
 * firm from a filled-in JSON document.
 *
 * Reads the document, runs the assessment, compares a maturity result with
 * the stored assessments of the firm's peers and stores it (--save), all
 * through io/assess_run, and prints the result as text, JSON or a
 * self-contained HTML page, in the chosen language; `list` and `show`
 * revisit stored assessments.  With --output the result is written to a temporary file and
 * renamed into place, so a failure leaves nothing half-written.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "cli/cli.h"
#include "cli/outfile.h"
#include "io/assess_json.h"
#include "io/assess_run.h"
#include "store/store.h"
#include "report/assess_report.h"

#define MAX_INPUT (16u << 20)

static void usage(FILE *f)
{
	fprintf(f,
		"usage: sb40 assess innovation|maturity --input FILE.json [--format text|json|html]\n"
		"                   [--lang uz|uz-Cyrl|ru|en] [--output FILE]\n"
		"                   [--db PATH] [--save] [--enterprise TIN] [--actor NAME]\n"
		"       sb40 assess list [--db PATH] [--kind K] [--enterprise TIN] [--zone Z]\n"
		"                   [--region R] [--sector S] [--registry-zone Z] [--limit N]\n"
		"                   [--format text|json]\n"
		"       sb40 assess show ID [--db PATH] [--format text|json|html] [--lang L]\n"
		"                   [--output FILE]\n\n"
		"Decision support for a small firm, from a filled-in JSON document\n"
		"(schema and examples: docs/assessments.md, docs/examples/).\n\n"
		"  innovation   imitative-innovation assessment: SWOT (IFE/EFE), the market's\n"
		"               life-cycle phase, property rights, ranking of candidate\n"
		"               technologies by TOPSIS and weighted sum (weights direct or AHP),\n"
		"               sensitivity of the winner, verdict go / no-go with reasons\n"
		"  maturity     digital maturity over the Small Business 4.0 building blocks:\n"
		"               indices, stage, largest gaps and next steps, radar chart (html);\n"
		"               with a database, compared with the stored assessments of the\n"
		"               other firms of the same zone, region and sector\n"
		"  list         the stored assessments, newest first\n"
		"  show ID      a stored assessment again (json: the stored record)\n\n"
		"Options:\n"
		"  -i, --input FILE    the assessment document; - reads standard input\n"
		"  -f, --format F      text (default), json or html (one self-contained page)\n"
		"  -l, --lang L        uz (Uzbek, Latin; default), uz-Cyrl, ru or en\n"
		"  -o, --output FILE   write there instead of standard output\n"
		"      --db PATH       the database (default $SB40_DB, then ./sb40.db); given to\n"
		"                      innovation|maturity, it is used for the comparison\n"
		"      --save          store the assessment with its input and result\n"
		"      --enterprise TIN  the registered firm assessed (default: firm.tin of the\n"
		"                      document, when registered); for list: only this firm's\n"
		"      --actor NAME    who saves it (default: $USER)\n"
		"      --kind K, --zone Z, --region R, --sector S, --limit N   filters of list\n"
		"                      (--zone: the zone recorded with the assessment)\n"
		"      --registry-zone Z  list: only firms the registry has in zone Z now (by\n"
		"                      their TIN), what the zone's manager sees on the web\n"
		"  -h, --help          show this help\n");
}

/* The whole of PATH ("-": standard input) into OUT. */
static int read_input(const char *path, struct buf *out, struct sb40_error *err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char chunk[65536];
	size_t n;
	int rc = 0;
	if (!f)
		return error_set(err, SB40_EIO, "cannot open \"%s\": %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (out->len + n > MAX_INPUT) {
			rc = error_setwhere(err, SB40_EINVAL, path, "file too large (over 16 MiB)");
			break;
		}
		buf_add(out, chunk, n);
	}
	if (!rc && ferror(f))
		rc = error_set(err, SB40_EIO, "cannot read \"%s\": %s", path, strerror(errno));
	if (f != stdin)
		fclose(f);
	return rc;
}

/* Write DATA to PATH through a temporary file in the same folder. */
static int emit(struct cli_ctx *ctx, const char *output, struct buf *out, struct sb40_error *err)
{
	if (output)
		return cli_write_file(output, out, err);
	if (fwrite(out->data ? out->data : "", 1, out->len, ctx->out) != out->len || fflush(ctx->out))
		return error_set(err, SB40_EIO, "cannot write the output: %s", strerror(errno));
	return 0;
}

static const char *dash(const char *s)
{
	return s && *s ? s : "-";
}

struct list_ctx {
	struct cli_ctx *ctx;
	json_t *arr; /* --format json */
};

static int list_row(void *c, const struct store_assessment *a)
{
	struct list_ctx *lc = c;
	json_t *o = assess_summary_json(a);
	if (!o)
		return SB40_ENOMEM;
	if (lc->arr) {
		json_array_append_new(lc->arr, o);
		return 0;
	}
	fprintf(lc->ctx->out, "%ld\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t", a->id, a->kind,
		dash(a->created_at), dash(a->tin), dash(a->firm), dash(a->zone), dash(a->region),
		dash(a->sector));
	if (!strcmp(a->kind, "maturity")) {
		json_t *ov = json_object_get(o, "overall"), *st = json_object_get(o, "stage");
		fprintf(lc->ctx->out, "%.1f stage %d\n", json_number_value(ov),
			(int)json_integer_value(st));
	} else {
		const char *w = json_string_value(json_object_get(o, "winner"));
		fprintf(lc->ctx->out, "%s %s\n", dash(json_string_value(json_object_get(o, "verdict"))),
			dash(w));
	}
	json_decref(o);
	return 0;
}

int cmd_assess(int argc, char **argv, struct cli_ctx *ctx)
{
	enum { O_DB = 256, O_SAVE, O_ENT, O_ACTOR, O_KIND, O_ZONE, O_REGION, O_SECTOR, O_LIMIT,
	       O_RZONE };
	static const struct option opts[] = {
		{"input", required_argument, NULL, 'i'},
		{"format", required_argument, NULL, 'f'},
		{"lang", required_argument, NULL, 'l'},
		{"output", required_argument, NULL, 'o'},
		{"db", required_argument, NULL, O_DB},
		{"save", no_argument, NULL, O_SAVE},
		{"enterprise", required_argument, NULL, O_ENT},
		{"actor", required_argument, NULL, O_ACTOR},
		{"kind", required_argument, NULL, O_KIND},
		{"zone", required_argument, NULL, O_ZONE},
		{"region", required_argument, NULL, O_REGION},
		{"sector", required_argument, NULL, O_SECTOR},
		{"limit", required_argument, NULL, O_LIMIT},
		{"registry-zone", required_argument, NULL, O_RZONE},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *input = NULL, *output = NULL, *kind, *db = NULL, *format = "text";
	const char *actor = getenv("USER") && *getenv("USER") ? getenv("USER") : "cli";
	struct store_assessment_filter filt = {0};
	enum report_format fmt = REPORT_TEXT;
	enum assess_kind ak;
	enum lang l = LANG_UZ;
	struct buf text = BUF_INIT, out = BUF_INIT;
	struct store *st = NULL;
	struct sb40_error err;
	int c, rc = 0, save = 0, list, show;
	long id = 0;

	error_clear(&err);
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:f:l:o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'i':
			input = optarg;
			break;
		case 'f':
			if (report_format_parse(optarg, &fmt))
				return cli_usage(ctx, "assess",
						 "unknown format \"%s\" (expected text, json or html)", optarg);
			format = optarg;
			break;
		case 'l':
			if (lang_parse(optarg, &l))
				return cli_usage(ctx, "assess",
						 "unknown language \"%s\" (expected uz, uz-Cyrl, ru or en)",
						 optarg);
			ctx->errlang = 1 + (int)l; /* errors in --lang too */
			break;
		case 'o':
			output = optarg;
			break;
		case O_DB:
			db = optarg;
			break;
		case O_SAVE:
			save = 1;
			break;
		case O_ENT:
			filt.tin = optarg;
			break;
		case O_ACTOR:
			actor = optarg;
			break;
		case O_KIND:
			if (assess_kind_parse(optarg, &ak))
				return cli_usage(ctx, "assess", "unknown kind \"%s\" (expected innovation "
						 "or maturity)", optarg);
			filt.kind = optarg;
			break;
		case O_ZONE:
			filt.zone = optarg;
			break;
		case O_REGION:
			filt.region = optarg;
			break;
		case O_SECTOR:
			filt.sector = optarg;
			break;
		case O_RZONE:
			filt.member_zone = optarg;
			break;
		case O_LIMIT:
			filt.limit = atol(optarg);
			if (filt.limit <= 0)
				return cli_usage(ctx, "assess", "--limit needs a positive number");
			break;
		case 'h':
			usage(ctx->out);
			return EXIT_OK;
		case ':':
			return cli_usage(ctx, "assess", "option \"%s\" needs a value", argv[optind - 1]);
		default:
			return cli_usage(ctx, "assess", "unknown option \"%s\"", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage(ctx, "assess", "expected what to assess: innovation or maturity");
	kind = argv[optind];
	list = !strcmp(kind, "list");
	show = !strcmp(kind, "show");
	if (!list && !show && assess_kind_parse(kind, &ak))
		return cli_usage(ctx, "assess",
				 "unknown assessment \"%s\" (expected innovation or maturity)", kind);
	if (show) {
		char *end;
		if (optind + 1 >= argc)
			return cli_usage(ctx, "assess", "expected the id of an assessment");
		id = strtol(argv[optind + 1], &end, 10);
		if (*end || id <= 0)
			return cli_usage(ctx, "assess", "expected the id of an assessment, got \"%s\"",
					 argv[optind + 1]);
		optind++;
	}
	if (optind + 1 < argc)
		return cli_usage(ctx, "assess", "unexpected argument \"%s\"", argv[optind + 1]);
	if (filt.member_zone && !list)
		return cli_usage(ctx, "assess", "--registry-zone is a filter of list");
	if (list && fmt == REPORT_HTML)
		return cli_usage(ctx, "assess", "list prints text or json");
	if (!list && !show && !input)
		return cli_usage(ctx, "assess", "missing --input FILE.json");
	if (!list && !show && filt.tin && !save && !db)
		return cli_usage(ctx, "assess", "--enterprise needs --db or --save");

	if ((list || show || save || db) && store_open(cli_db(db), 0, &st, &err))
		return cli_fail(ctx, &err);
	if (list && filt.member_zone) {
		long zid;
		rc = store_zone_id(st, filt.member_zone, &zid, &err);
		if (rc == SB40_ENOTFOUND)
			error_set(&err, rc, "--registry-zone: no zone \"%s\" in the registry",
				  filt.member_zone);
		if (rc) {
			store_close(st);
			return cli_fail(ctx, &err);
		}
	}
	if (list) {
		struct list_ctx lc = {ctx, fmt == REPORT_JSON ? json_array() : NULL};
		rc = store_assessment_list(st, &filt, list_row, &lc, &err);
		if (rc == SB40_ENOMEM)
			error_set(&err, rc, "out of memory");
		if (!rc && lc.arr) {
			char *s = json_dumps(lc.arr, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
			buf_adds(&out, s ? s : "[]");
			buf_addc(&out, '\n');
			free(s);
			rc = emit(ctx, output, &out, &err);
		}
		json_decref(lc.arr);
	} else if (show) {
		rc = assess_show(st, id, NULL, format, lang_code(l), &out, NULL, &err);
		if (!rc)
			rc = emit(ctx, output, &out, &err);
	} else {
		rc = read_input(input, &text, &err);
		if (!rc) {
			struct assess_job j = {ak, text.data ? text.data : "", text.len, input, format,
					       lang_code(l), st, save, filt.tin, 0, actor};
			rc = assess_run(&j, &out, &id, &err);
		}
		if (!rc)
			rc = emit(ctx, output, &out, &err);
		if (!rc && id)
			fprintf(ctx->err, "saved as assessment %ld\n", id);
	}
	store_close(st);
	buf_release(&text);
	buf_release(&out);
	return rc ? cli_fail(ctx, &err) : EXIT_OK;
}
