/* main.c - sb40's entry point: a table of subcommands.
 *
 * Each subcommand lives in cmd_<name>.c and is listed once below.  main()
 * does process-wide setup (GSL error handler off, locale for UTF-8) and
 * dispatches; it owns nothing that outlives the call.
 */
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "report/errmsg.h"

static const struct cli_command commands[] = {
	{"init", cmd_init, "create or migrate a database"},
	{"demo", cmd_demo, "load the bundled data/ into a new database"},
	{"import", cmd_import, "import zones, enterprises, observations, obligations or lots"},
	{"overview", cmd_overview, "print the database's overview: zones, firms, workers"},
	{"history", cmd_history, "print the revisions of one observed value"},
	{"regress", cmd_regress, "ordinary least squares with full inference on a CSV file"},
	{"forecast", cmd_forecast, "forecast series from a CSV file or the database, backtest methods"},
	{"assess", cmd_assess, "decision support: imitative innovation, digital maturity"},
	{"serve", cmd_serve, "serve the dashboard and the JSON API"},
	{"user", cmd_user, "add, list or disable the web server's accounts"},
	{"zones", cmd_zones, "zone monitoring: rankings, checks, obligations, lots, reports"},
	/* sb40:commands (keep this marker: new subcommands go above it) */
	{NULL, NULL, NULL},
};

const char *cli_db(const char *opt)
{
	const char *env;
	if (opt && *opt)
		return opt;
	env = getenv("SB40_DB");
	if (env && *env)
		return env;
	return "sb40.db";
}

int cli_fail(struct cli_ctx *ctx, struct sb40_error *err)
{
	if (ctx->errlang > 0) {
		char text[sizeof err->text + 512];
		fprintf(ctx->err, "%s: %s\n", ctx->prog,
			errmsg_text(err, ctx->errlang - 1, text, sizeof text));
	} else {
		fprintf(ctx->err, "%s: %s\n", ctx->prog, error_text(err));
	}
	switch (err->code) {
	case SB40_EIO:
	case SB40_ENOMEM:
		return EXIT_INTERNAL;
	default:
		return EXIT_FAIL;
	}
}

int cli_number(const char *s, long min, long max, long *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int cli_usage(struct cli_ctx *ctx, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(ctx->err, "%s: ", ctx->prog);
	va_start(ap, fmt);
	vfprintf(ctx->err, fmt, ap);
	va_end(ap);
	if (cmd && *cmd)
		fprintf(ctx->err, "\nTry '%s %s --help'.\n", ctx->prog, cmd);
	else
		fprintf(ctx->err, "\nTry '%s --help'.\n", ctx->prog);
	return EXIT_USAGE;
}

int cli_simple_options(int argc, char **argv, struct cli_ctx *ctx, const char *cmd,
		       const char *usage_text, int min, int max, const char **db, int *first)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'}, {0},
	};
	int c, n;
	*db = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'h') {
			fputs(usage_text, ctx->out);
			return EXIT_OK;
		}
		if (c != 'd')
			return cli_usage(ctx, cmd, "bad option");
		*db = optarg;
	}
	n = argc - optind;
	if (n > max)
		return cli_usage(ctx, cmd, "unexpected argument \"%s\"", argv[optind + max]);
	if (n < min)
		return cli_usage(ctx, cmd, "missing arguments");
	*db = cli_db(*db);
	*first = optind;
	return -1;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: sb40 COMMAND [OPTIONS]\n\n"
		   "sb40 - the Small Business 4.0 platform: registry, indicators, monitoring\n"
		   "and forecasting of small businesses and small industrial zones.\n\n"
		   "Commands:\n");
	for (const struct cli_command *c = commands; c->name; c++)
		fprintf(f, "  %-10s %s\n", c->name, c->summary);
	fprintf(f, "\nEvery command takes --help.  The database is --db PATH, else $SB40_DB,\n"
		   "else ./sb40.db.  Exit status: 0 ok, 1 failed, 2 bad usage, 3 internal error.\n");
}

int main(int argc, char **argv)
{
	struct cli_ctx ctx = {"sb40", stdout, stderr, 0};
	setlocale(LC_CTYPE, "C.UTF-8");
	gsl_set_error_handler_off();

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("sb40 %s\n", SB40_VERSION);
		return EXIT_OK;
	}
	for (const struct cli_command *c = commands; c->name; c++)
		if (!strcmp(c->name, argv[1]))
			return c->fn(argc - 1, argv + 1, &ctx);
	fprintf(stderr, "sb40: unknown command \"%s\"\nTry 'sb40 --help'.\n", argv[1]);
	return EXIT_USAGE;
}
