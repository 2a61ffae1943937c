/* cmd_import.c - `sb40 import KIND FILE`: validated, all-or-nothing import. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"
#include "io/import.h"
#include "report/lang.h"

static const char usage_text[] =
	"usage: sb40 import KIND FILE [--db PATH] [--dry-run] [--max-errors N] [--actor NAME]\n"
	"                   [--lang uz|uz-Cyrl|ru|en]\n\n"
	"Import a CSV file (UTF-8, comma-separated, with a header line; '-' reads\n"
	"standard input).  Every value is checked; the first error (or up to N of\n"
	"them) is printed as FILE:LINE:COLUMN: message, and then nothing is written.\n"
	"Rows whose key exists are updated; a new value of an observation adds a\n"
	"revision, the same value adds nothing.\n\n"
	"KIND and its columns (* required, any order):\n"
	"  zones         code* name* region* district kind established area_ha\n"
	"                production_area_m2 specialisation\n"
	"  enterprises   tin* name* legal_form* activity_code region* zone registered_on status\n"
	"  observations  entity* indicator* period* value* source\n"
	"                (entity: zone:CODE, enterprise:TIN, region:NAME or country:UZ;\n"
	"                 period: 2024 or 2024Q3)\n"
	"  obligations   enterprise* zone* kind* amount* unit* due_date* accepted_on\n"
	"  lots          zone* lot* area_m2* status* auction_date\n\n"
	"Options:\n"
	"  --db PATH        the database (default: $SB40_DB, else ./sb40.db)\n"
	"  --dry-run        check and count, write nothing\n"
	"  --max-errors N   report up to N errors instead of stopping at the first\n"
	"  --actor NAME     who imports, for the revision history (default: $USER)\n"
	"  --lang L         the messages in uz, uz-Cyrl, ru or en (default: English)\n";

/* The summary lines in each language (LANG an enum lang; -1 English). */
static void say_more(FILE *f, const char *prog, int lang, long more)
{
	switch (lang) {
	case LANG_UZ:
		fprintf(f, "%s: yana %ld ta xato koʻrsatilmadi (--max-errors)\n", prog, more);
		break;
	case LANG_UZ_CYRL:
		fprintf(f, "%s: яна %ld та хато кўрсатилмади (--max-errors)\n", prog, more);
		break;
	case LANG_RU:
		fprintf(f, "%s: ещё ошибок не показано: %ld (--max-errors)\n", prog, more);
		break;
	default:
		fprintf(f, "%s: %ld more error%s not shown (--max-errors)\n", prog, more,
			more == 1 ? "" : "s");
	}
}

static const char *const nothing_imported[LANG_COUNT] = {
	"hech narsa yozilmadi",
	"ҳеч нарса ёзилмади",
	"ничего не записано",
	"nothing was imported",
};
static void say_counts(FILE *f, const char *what, int lang, const struct import_stats *s,
		       const char *dry)
{
	switch (lang) {
	case LANG_UZ:
		fprintf(f, "%s: qoʻshildi %ld, oʻzgartirildi %ld, oʻzgarishsiz %ld%s\n", what, s->added,
			s->changed, s->unchanged, dry);
		break;
	case LANG_UZ_CYRL:
		fprintf(f, "%s: қўшилди %ld, ўзгартирилди %ld, ўзгаришсиз %ld%s\n", what, s->added,
			s->changed, s->unchanged, dry);
		break;
	case LANG_RU:
		fprintf(f, "%s: добавлено %ld, изменено %ld, без изменений %ld%s\n", what, s->added,
			s->changed, s->unchanged, dry);
		break;
	default:
		fprintf(f, "%s: %ld added, %ld changed, %ld unchanged%s\n", what, s->added, s->changed,
			s->unchanged, dry);
	}
}
static const char *const dry_run[LANG_COUNT] = {
	" (sinov: hech narsa yozilmadi)",
	" (синов: ҳеч нарса ёзилмади)",
	" (пробный прогон: ничего не записано)",
	" (dry run: nothing written)",
};

struct report {
	struct cli_ctx *ctx;
	long shown;
};

static void print_error(void *p, struct sb40_error *e)
{
	struct report *r = p;
	(void)cli_fail(r->ctx, e); /* "sb40: " and the text, in --lang */
	r->shown++;
}

int cmd_import(int argc, char **argv, struct cli_ctx *ctx)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'}, {"dry-run", no_argument, NULL, 'n'},
		{"max-errors", required_argument, NULL, 'm'}, {"actor", required_argument, NULL, 'a'},
		{"lang", required_argument, NULL, 'l'}, {"help", no_argument, NULL, 'h'}, {0},
	};
	struct import_options opt = {0};
	struct import_stats stats;
	struct report rep = {ctx, 0};
	struct store *st = NULL;
	struct sb40_error err;
	const char *db = NULL;
	int c, kind, rc, lang;

	opt.max_errors = 1;
	opt.actor = getenv("USER") && *getenv("USER") ? getenv("USER") : "cli";
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(usage_text, ctx->out);
			return EXIT_OK;
		case 'd':
			db = optarg;
			break;
		case 'n':
			opt.dry_run = 1;
			break;
		case 'm': {
			long n;
			if (cli_number(optarg, 1, 1000000, &n))
				return cli_usage(ctx, "import", "--max-errors expects a number "
						 "from 1 to 1000000, got \"%s\"", optarg);
			opt.max_errors = (int)n;
			break;
		}
		case 'a':
			opt.actor = optarg;
			break;
		case 'l': {
			enum lang l;
			if (lang_parse(optarg, &l))
				return cli_usage(ctx, "import", "unknown language \"%s\" (expected uz, "
						 "uz-Cyrl, ru or en)", optarg);
			ctx->errlang = 1 + (int)l; /* errors in --lang too */
			break;
		}
		default:
			return cli_usage(ctx, "import", "bad option");
		}
	}
	if (argc - optind != 2)
		return cli_usage(ctx, "import", "expected KIND and FILE");
	kind = import_kind_parse(argv[optind]);
	if (kind < 0)
		return cli_usage(ctx, "import", "unknown kind \"%s\" (expected zones, enterprises, "
				 "observations, obligations or lots)", argv[optind]);
	if (store_open(cli_db(db), 0, &st, &err))
		return cli_fail(ctx, &err);
	opt.progress = isatty(fileno(ctx->err)) ? ctx->err : NULL;
	lang = ctx->errlang - 1; /* -1: English */
	rc = import_file(st, (enum import_kind)kind, argv[optind + 1], NULL, &opt, &stats,
			 print_error, &rep, &err);
	store_close(st);
	if (rc) {
		if (stats.errors > rep.shown)
			say_more(ctx->err, ctx->prog, lang, stats.errors - rep.shown);
		fprintf(ctx->err, "%s: %s\n", ctx->prog,
			nothing_imported[lang < 0 ? LANG_EN : lang]);
		return err.code == SB40_EIO || err.code == SB40_ENOMEM ? EXIT_INTERNAL : EXIT_FAIL;
	}
	say_counts(ctx->out, argv[optind], lang, &stats,
		   opt.dry_run ? dry_run[lang < 0 ? LANG_EN : lang] : "");
	return EXIT_OK;
}
