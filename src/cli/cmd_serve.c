/* cmd_serve.c - `sb40 serve`: the dashboard and the JSON API (src/web/). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "web/server.h"

static const char usage_text[] =
	"usage: sb40 serve [--db PATH] [--port 8040] [--bind 127.0.0.1] [OPTIONS]\n\n"
	"Serve the dashboard and the JSON API (/api/v1, described at\n"
	"/api/v1/openapi.json) until SIGINT or SIGTERM.  Sign in with an account\n"
	"made by 'sb40 user add' (or the admin 'sb40 demo' printed).\n\n"
	"  --db PATH              the database (default: $SB40_DB, else ./sb40.db)\n"
	"  --port N               TCP port (default 8040; 0 picks a free one and prints it)\n"
	"  --bind ADDR            IPv4 address to listen on (default 127.0.0.1)\n"
	"  --threads N            worker threads and database connections (default: cores)\n"
	"  --max-body BYTES       largest request body, uploads included (default 16777216)\n"
	"  --timeout SECONDS      close idle connections after this (default 30)\n"
	"  --max-connections N    concurrent connections (default 512)\n"
	"  --session-hours N      how long a sign-in lasts (default 12)\n"
	"  --access-log FILE      one line per request to FILE, written at least every\n"
	"                         second ('-': stdout; default stderr)\n"
	"  --quiet                no access log\n";

int cmd_serve(int argc, char **argv, struct cli_ctx *ctx)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'}, {"port", required_argument, NULL, 'p'},
		{"bind", required_argument, NULL, 'b'}, {"threads", required_argument, NULL, 't'},
		{"max-body", required_argument, NULL, 'm'}, {"timeout", required_argument, NULL, 'T'},
		{"max-connections", required_argument, NULL, 'c'},
		{"session-hours", required_argument, NULL, 's'},
		{"access-log", required_argument, NULL, 'l'}, {"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'}, {0},
	};
	struct web_config cfg;
	struct sb40_error err;
	const char *db = NULL, *logpath = NULL;
	FILE *logf = NULL;
	int c, quiet = 0, rc;
	long v;

	web_config_defaults(&cfg);
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(usage_text, ctx->out);
			return EXIT_OK;
		case 'd': db = optarg; break;
		case 'b': cfg.bind = optarg; break;
		case 'l': logpath = optarg; break;
		case 'q': quiet = 1; break;
		case 'p':
			if (cli_number(optarg, 0, 65535, &v))
				return cli_usage(ctx, "serve", "--port: expected 0 to 65535, got \"%s\"", optarg);
			cfg.port = (int)v;
			break;
		case 't':
			if (cli_number(optarg, 1, 256, &v))
				return cli_usage(ctx, "serve", "--threads: expected 1 to 256, got \"%s\"", optarg);
			cfg.threads = (int)v;
			break;
		case 'm':
			if (cli_number(optarg, 1024, 1L << 30, &v))
				return cli_usage(ctx, "serve", "--max-body: expected 1024 to 1073741824 bytes, "
						 "got \"%s\"", optarg);
			cfg.max_body = (size_t)v;
			break;
		case 'T':
			if (cli_number(optarg, 1, 3600, &v))
				return cli_usage(ctx, "serve", "--timeout: expected 1 to 3600 seconds, got \"%s\"",
						 optarg);
			cfg.timeout = (unsigned)v;
			break;
		case 'c':
			if (cli_number(optarg, 1, 100000, &v))
				return cli_usage(ctx, "serve", "--max-connections: expected 1 to 100000, got "
						 "\"%s\"", optarg);
			cfg.max_connections = (unsigned)v;
			break;
		case 's':
			if (cli_number(optarg, 1, 24 * 90, &v))
				return cli_usage(ctx, "serve", "--session-hours: expected 1 to 2160, got \"%s\"",
						 optarg);
			cfg.session_seconds = v * 3600;
			break;
		default:
			return cli_usage(ctx, "serve", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage(ctx, "serve", "unexpected argument \"%s\"", argv[optind]);
	cfg.db = cli_db(db);
	cfg.out = ctx->out;
	cfg.log = quiet ? NULL : ctx->err;
	if (!quiet && logpath) {
		if (!strcmp(logpath, "-")) {
			cfg.log = ctx->out;
		} else if (!(logf = fopen(logpath, "a"))) {
			error_set(&err, SB40_EIO, "cannot open the access log \"%s\"", logpath);
			return cli_fail(ctx, &err);
		} else {
			setvbuf(logf, NULL, _IOFBF, 1 << 16); /* flushed every second */
			cfg.log = logf;
		}
	}
	rc = web_serve(&cfg, &err);
	if (logf)
		fclose(logf);
	return rc ? cli_fail(ctx, &err) : EXIT_OK;
}
