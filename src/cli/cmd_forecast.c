/* cmd_forecast.c - `sb40 forecast`: forecast, backtest, or the article's
 * Table 2 analysis, for the series of a CSV file or of the database.
 *
 * Reads the series (io/series), checks the options, runs the methods named
 * by --method from the registry (stats/fcmethods) on --jobs threads
 * (cli/fcrun) and writes the result (cli/fcreport, cli/fctable2) all at once
 * to standard output or --output.  Contract: DESIGN.md and docs/forecast.md.
 *
 * Ownership: everything read or computed is owned by this function's locals
 * and freed before it returns.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "base/parse.h"
#include "cli/cli.h"
#include "io/fcreport.h"
#include "io/fcrun.h"
#include "cli/fctable2.h"
#include "cli/outfile.h"
#include "io/series.h"
#include "stats/backtest.h"

#define MAX_METHODS 32

struct fopts {
	const char *input, *output, *plot, *db, *entity, *indicator, *ratios;
	const char *methods_arg;
	const struct fc_method *methods[MAX_METHODS];
	size_t nmethods;
	double levels[BT_MAX_LEVELS];
	size_t nlevels;
	long h, backtest, jobs;
	unsigned long seed;
	int fill, format, table2, many;
	enum lang lang;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: sb40 forecast [FILE | --input FILE | --db DB --entity E --indicator I]\n"
		"                     [--method NAME[,NAME...]] [--horizon H] [--level 80,95]\n"
		"                     [--backtest K] [--fill linear|previous|zero]\n"
		"                     [--format csv|json|text|svg] [--output FILE] [--plot FILE.svg]\n"
		"                     [--seed N] [--jobs N] [--lang uz|uz-Cyrl|ru|en]\n"
		"       sb40 forecast --table2 FILE [--horizon H] [--ratios OUT:COST,...]\n"
		"                     [--format text|json]\n\n"
		"Forecasts every series of FILE with each method and prints the forecasts\n"
		"with prediction intervals, or with --backtest K evaluates the methods on\n"
		"the last K origins of each series (sMAPE, MASE, interval coverage).\n\n"
		"  FILE, --input FILE  CSV: series,period,value (long, many series, any order)\n"
		"                      or period,V1,V2... (wide, one series per column);\n"
		"                      periods 2024, 2024Q3, 2024-03 or an index 43; \"-\" reads stdin\n"
		"  --db DB             read stored series instead (default $SB40_DB, sb40.db):\n"
		"  --entity E          zone:CODE, enterprise:TIN, region:NAME or country:UZ;\n"
		"                      every entity of a kind: zone:*, enterprise:*, region:*,\n"
		"                      country:*, enterprise:*@zone:CODE (the firms of a zone)\n"
		"  --indicator I       the indicator's code, e.g. enterprises; * every indicator\n"
		"  --method M          one or more methods, comma-separated (default: auto when\n"
		"                      the registry has it, else ets)\n"
		"  --horizon H         periods ahead, 1..100 (default 6 yearly, 8 quarterly and\n"
		"                      index, 18 monthly)\n"
		"  --level L           interval levels in percent (default 80,95; \"none\")\n"
		"  --backtest K        rolling-origin evaluation over the last K origins\n"
		"  --fill F            fill gaps: linear, previous or zero (default: a gap is an error)\n"
		"  --format F          csv (default: series,period,forecast,lo80,hi80,lo95,hi95;\n"
		"                      with several methods a column method follows series),\n"
		"                      json, text (tables in --lang), svg (fan chart, first series)\n"
		"  --output FILE       write there instead of standard output (all or nothing)\n"
		"  --plot FILE.svg     also draw the first series' forecast as an SVG fan chart\n"
		"  --seed N            seed of simulated intervals (default 1)\n"
		"  --jobs N            threads (default 2)\n"
		"  --lang L            language of text output: uz (default), uz-Cyrl, ru, en\n"
		"  --table2            the article's analysis: OLS linear trend on t = 1..n of\n"
		"                      every series, forecasts (default horizon 4), change from\n"
		"                      the last observed period, output per unit of cost\n"
		"  --ratios PAIRS      for --table2: OUTPUT:COST series pairs (default: each\n"
		"                      *output* series with its *expenditure* namesake)\n\n"
		"Methods:\n");
	for (size_t i = 0; i < fc_method_count(); i++)
		fprintf(f, "  %-12s %s\n", fc_method_at(i)->name, fc_method_at(i)->summary);
	fprintf(f, "\nDocumentation: docs/forecast.md\n");
}

static int parse_levels(struct cli_ctx *ctx, const char *arg, struct fopts *o)
{
	char msg[256];
	if (fcrun_parse_levels(arg, o->levels, &o->nlevels, msg, sizeof msg))
		return cli_usage(ctx, "forecast", "--level: %s", msg);
	return 0;
}

static int parse_methods(struct cli_ctx *ctx, const char *arg, struct fopts *o)
{
	struct buf avail = BUF_INIT;
	int rc = 0;
	o->nmethods = 0;
	for (const char *p = arg;;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(len < 63 ? len : 63), p);
		const struct fc_method *m = fc_method_find(name);
		if (!m) {
			fcrun_method_list(&avail);
			rc = cli_usage(ctx, "forecast", "unknown method \"%s\" (available: %s)", name,
				       avail.data);
			break;
		}
		for (size_t i = 0; i < o->nmethods; i++)
			if (o->methods[i] == m) {
				rc = cli_usage(ctx, "forecast", "method %s is named twice", name);
				break;
			}
		if (rc)
			break;
		if (o->nmethods == MAX_METHODS) {
			rc = cli_usage(ctx, "forecast", "at most %d methods", MAX_METHODS);
			break;
		}
		o->methods[o->nmethods++] = m;
		if (!end)
			break;
		p = end + 1;
	}
	buf_release(&avail);
	return rc;
}

/* A whole number option in [MIN, MAX]. */
static int num_opt(struct cli_ctx *ctx, const char *name, const char *arg, long min, long max,
		   long *out)
{
	char msg[256];
	if (parse_long(arg, strlen(arg), min, max, out, msg, sizeof msg))
		return cli_usage(ctx, "forecast", "%s must be a whole number from %ld to %ld, got \"%s\"",
				 name, min, max, arg);
	return 0;
}

static int parse_args(int argc, char **argv, struct cli_ctx *ctx, struct fopts *o, int *help)
{
	static const struct option opts[] = {
		{"input", required_argument, NULL, 'i'},   {"method", required_argument, NULL, 'm'},
		{"horizon", required_argument, NULL, 'H'}, {"level", required_argument, NULL, 'L'},
		{"output", required_argument, NULL, 'o'},  {"format", required_argument, NULL, 'f'},
		{"backtest", required_argument, NULL, 'b'}, {"fill", required_argument, NULL, 'F'},
		{"seed", required_argument, NULL, 's'},    {"jobs", required_argument, NULL, 'j'},
		{"db", required_argument, NULL, 'd'},      {"entity", required_argument, NULL, 'e'},
		{"indicator", required_argument, NULL, 'I'}, {"lang", required_argument, NULL, 'l'},
		{"plot", required_argument, NULL, 'p'},    {"table2", no_argument, NULL, 'T'},
		{"ratios", required_argument, NULL, 'r'},  {"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *format = NULL, *levels = "80,95";
	int opt, rc;
	long seed;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		rc = 0;
		switch (opt) {
		case 'i': o->input = optarg; break;
		case 'm': o->methods_arg = optarg; break;
		case 'H': rc = num_opt(ctx, "--horizon", optarg, 1, 100, &o->h); break;
		case 'L': levels = optarg; break;
		case 'o': o->output = optarg; break;
		case 'f': format = optarg; break;
		case 'b': rc = num_opt(ctx, "--backtest", optarg, 1, 1000, &o->backtest); break;
		case 'F':
			o->fill = series_fill_parse(optarg);
			if (o->fill < 0)
				rc = cli_usage(ctx, "forecast",
					       "--fill: expected linear, previous or zero, got \"%s\"", optarg);
			break;
		case 's':
			rc = num_opt(ctx, "--seed", optarg, 0, 2147483647L, &seed);
			o->seed = (unsigned long)seed;
			break;
		case 'j': rc = num_opt(ctx, "--jobs", optarg, 1, 64, &o->jobs); break;
		case 'd': o->db = optarg; break;
		case 'e': o->entity = optarg; break;
		case 'I': o->indicator = optarg; break;
		case 'l':
			if (lang_parse(optarg, &o->lang))
				rc = cli_usage(ctx, "forecast",
					       "unknown language \"%s\" (expected uz, uz-Cyrl, ru or en)", optarg);
			else
				ctx->errlang = 1 + (int)o->lang; /* errors in --lang too */
			break;
		case 'p': o->plot = optarg; break;
		case 'T': o->table2 = 1; break;
		case 'r': o->ratios = optarg; break;
		case 'h': *help = 1; return 0;
		case ':': return cli_usage(ctx, "forecast", "option %s needs a value", argv[optind - 1]);
		default: return cli_usage(ctx, "forecast", "unknown option \"%s\"", argv[optind - 1]);
		}
		if (rc)
			return rc;
	}
	if (optind < argc) {
		if (o->input || optind + 1 < argc)
			return cli_usage(ctx, "forecast", "unexpected argument \"%s\"",
					 argv[o->input ? optind : optind + 1]);
		o->input = argv[optind];
	}
	if (!o->input == !o->entity)
		return cli_usage(ctx, "forecast", o->input ? "give FILE or --entity, not both"
						     : "missing FILE (or --db DB --entity E --indicator I)");
	if (o->entity && !o->indicator)
		return cli_usage(ctx, "forecast", "--entity needs --indicator");
	if (o->entity) {
		char msg[256];
		o->many = series_store_many(o->entity, o->indicator, msg, sizeof msg);
		if (o->many < 0)
			return cli_usage(ctx, "forecast", "%s", msg);
	}
	if (!o->entity && (o->indicator || o->db))
		return cli_usage(ctx, "forecast", "%s needs --entity", o->db ? "--db" : "--indicator");
	if (parse_levels(ctx, levels, o))
		return EXIT_USAGE;
	o->format = format ? fcreport_format_parse(format) : FCR_CSV;
	if (o->table2) {
		if (!format)
			o->format = FCR_TEXT;
		if (o->format != FCR_TEXT && o->format != FCR_JSON)
			return cli_usage(ctx, "forecast", "--table2 writes text or json");
		if (o->backtest || o->methods_arg)
			return cli_usage(ctx, "forecast", "--table2 takes no --method or --backtest");
		return 0;
	}
	if (o->ratios)
		return cli_usage(ctx, "forecast", "--ratios goes with --table2");
	if (o->format < 0)
		return cli_usage(ctx, "forecast", "unknown format \"%s\" (use csv, json, text or svg)",
				 format);
	if (o->backtest && (o->format == FCR_SVG || o->plot))
		return cli_usage(ctx, "forecast", "--backtest writes csv, json or text, not a chart");
	if (o->methods_arg)
		return parse_methods(ctx, o->methods_arg, o);
	o->methods[0] = fcrun_default_method();
	o->nmethods = 1;
	return 0;
}

static int read_input(struct fopts *o, struct series_set *set, struct sb40_error *err)
{
	struct store *st = NULL;
	int rc;
	if (o->input)
		return series_read_csv(o->input, NULL, (enum series_fill)o->fill, set, err);
	rc = store_open(cli_db(o->db), 0, &st, err);
	if (!rc && o->many)
		rc = series_read_store_many(st, o->entity, o->indicator, (enum series_fill)o->fill,
					    set, err);
	else if (!rc)
		rc = series_read_store(st, o->entity, o->indicator, (enum series_fill)o->fill, set, err);
	store_close(st);
	return rc;
}

static int emit(struct cli_ctx *ctx, const char *path, const struct buf *b, struct sb40_error *err)
{
	if (path)
		return cli_write_file(path, b, err);
	if (fwrite(b->data, 1, b->len, ctx->out) != b->len || fflush(ctx->out))
		return error_set(err, SB40_EIO, "cannot write the output");
	return 0;
}

int cmd_forecast(int argc, char **argv, struct cli_ctx *ctx)
{
	struct fopts o = {.jobs = 2, .seed = 1, .lang = LANG_UZ};
	struct series_set set = {0};
	struct fcrun_cell *cells = NULL;
	struct buf out = BUF_INIT, svg = BUF_INIT;
	struct sb40_error err;
	int help = 0, rc;

	error_clear(&err);
	rc = parse_args(argc, argv, ctx, &o, &help);
	if (help) {
		usage(ctx->out);
		return EXIT_OK;
	}
	if (rc)
		return rc;
	if (read_input(&o, &set, &err))
		goto fail;
	if (o.table2) {
		if (fctable2_write(&out, &set, o.h ? (size_t)o.h : 4, o.ratios, o.format == FCR_JSON,
				   o.lang, &err))
			goto fail;
	} else {
		cells = calloc(set.n * o.nmethods, sizeof *cells);
		if (!cells) {
			error_set(&err, SB40_ENOMEM, "out of memory");
			goto fail;
		}
		struct fcrun_job job = {&set,	  o.methods, o.nmethods,	       (size_t)o.h,
					o.levels, o.nlevels, o.seed,	       (size_t)o.backtest,
					(int)o.jobs, ctx->err};
		if (fcrun_run(&job, cells, &err))
			goto fail;
		struct fcreport r = {&set,     o.methods, o.nmethods,	     cells,
				     o.levels, o.nlevels, (size_t)o.backtest, o.lang};
		fcreport_write(&out, &r, (enum fcreport_format)o.format);
		if (o.plot) {
			fcreport_write(&svg, &r, FCR_SVG);
			if (cli_write_file(o.plot, &svg, &err))
				goto fail;
		}
	}
	if (emit(ctx, o.output, &out, &err))
		goto fail;
	goto done;
fail:
	rc = cli_fail(ctx, &err);
done:
	fcrun_release(cells, set.n * o.nmethods);
	free(cells);
	series_set_release(&set);
	buf_release(&out);
	buf_release(&svg);
	return rc;
}
