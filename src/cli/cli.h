/* cli.h - what every subcommand shares: its signature, context and exits.
 *
 * Why: subcommands are data (a table in main.c), each in its own
 * cmd_<name>.c with the signature below.  Only cli/ and web/ print or exit.
 *
 * Exit codes: 0 success; 1 the work failed (bad data, a finding of error
 * level, a database refusal); 2 the command line was wrong; 3 an internal or
 * I/O failure.
 */
#ifndef SB40_CLI_CLI_H
#define SB40_CLI_CLI_H
#include <stdio.h>
#include "base/error.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

struct cli_ctx {
	const char *prog; /* "sb40" */
	FILE *out;        /* results */
	FILE *err;        /* messages, progress */
	int errlang;      /* cli_fail's language: 0 English (the default), else
			   * 1 + enum lang, set by a command's explicit --lang */
};

typedef int (*cli_fn)(int argc, char **argv, struct cli_ctx *ctx);

struct cli_command {
	const char *name;
	cli_fn fn;
	const char *summary; /* one line for `sb40 --help` */
};

/* The database named by --db, else $SB40_DB, else "sb40.db".  Borrowed. */
const char *cli_db(const char *opt);

/* Print "sb40: <error text>" to ctx->err and return the exit code that fits
 * ERR's code (1 for data errors, 3 for I/O and internal ones). */
int cli_fail(struct cli_ctx *ctx, struct sb40_error *err);

/* A whole decimal number in MIN..MAX into *OUT: 0, or -1 (nothing stored)
 * when S is empty, not a number or out of range. */
int cli_number(const char *s, long min, long max, long *out);

/* Print "sb40: <message>" and "Try 'sb40 CMD --help'." and return 2. */
int cli_usage(struct cli_ctx *ctx, const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Parse the options of a command that takes only --db and --help, with
 * MIN..MAX positional arguments.  Returns -1 to go on (*DB set, *FIRST the
 * index of the first positional argument), else the exit code to return
 * (help printed, or a usage error). */
int cli_simple_options(int argc, char **argv, struct cli_ctx *ctx, const char *cmd,
		       const char *usage, int min, int max, const char **db, int *first);

/* Subcommands (one cmd_<name>.c each). */
int cmd_init(int argc, char **argv, struct cli_ctx *ctx);
int cmd_demo(int argc, char **argv, struct cli_ctx *ctx);
int cmd_import(int argc, char **argv, struct cli_ctx *ctx);
int cmd_overview(int argc, char **argv, struct cli_ctx *ctx);
int cmd_history(int argc, char **argv, struct cli_ctx *ctx);
int cmd_regress(int argc, char **argv, struct cli_ctx *ctx);
int cmd_forecast(int argc, char **argv, struct cli_ctx *ctx);
int cmd_assess(int argc, char **argv, struct cli_ctx *ctx);
int cmd_serve(int argc, char **argv, struct cli_ctx *ctx);
int cmd_user(int argc, char **argv, struct cli_ctx *ctx);
int cmd_zones(int argc, char **argv, struct cli_ctx *ctx);

#endif
