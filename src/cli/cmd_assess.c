/* cmd_assess.c - `sb40 assess innovation|maturity`: decision support for a
 * firm from a filled-in JSON document.
 *
 * Reads the document (io/assess_json), runs the assessment (domain/
 * innovation or domain/maturity) and prints the result (report/
 * assess_report) as text, JSON or a self-contained HTML page, in the chosen
 * language.  With --output the result is written to a temporary file and
 * renamed into place, so a failure leaves nothing half-written.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "base/buf.h"
#include "cli/cli.h"
#include "io/assess_json.h"
#include "report/assess_report.h"

#define MAX_INPUT (16u << 20)

static void usage(FILE *f)
{
	fprintf(f,
		"usage: sb40 assess innovation|maturity --input FILE.json [--format text|json|html]\n"
		"                   [--lang uz|uz-Cyrl|ru|en] [--output FILE]\n\n"
		"Decision support for a small firm, from a filled-in JSON document\n"
		"(schema and examples: docs/assessments.md, docs/examples/).\n\n"
		"  innovation   imitative-innovation assessment: SWOT (IFE/EFE), the market's\n"
		"               life-cycle phase, property rights, ranking of candidate\n"
		"               technologies by TOPSIS and weighted sum (weights direct or AHP),\n"
		"               sensitivity of the winner, verdict go / no-go with reasons\n"
		"  maturity     digital maturity over the Small Business 4.0 building blocks:\n"
		"               indices, stage, largest gaps and next steps, radar chart (html)\n\n"
		"Options:\n"
		"  -i, --input FILE    the assessment document; - reads standard input\n"
		"  -f, --format F      text (default), json or html (one self-contained page)\n"
		"  -l, --lang L        uz (Uzbek, Latin; default), uz-Cyrl, ru or en\n"
		"  -o, --output FILE   write there instead of standard output\n"
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
static int write_output(const char *path, const struct buf *data, struct sb40_error *err)
{
	struct buf tmp = BUF_INIT;
	int fd, rc = 0;
	FILE *f = NULL;
	buf_addf(&tmp, "%s.XXXXXX", path);
	fd = mkstemp(tmp.data);
	if (fd >= 0) {
		/* mkstemp() makes the file 0600; give it the mode a new file gets */
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	if (fd < 0) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		goto out;
	}
	f = fdopen(fd, "wb");
	if (!f || fwrite(data->data, 1, data->len, f) != data->len || fflush(f) || fsync(fd)) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		if (f)
			fclose(f);
		else
			close(fd);
		unlink(tmp.data);
		goto out;
	}
	if (fclose(f) || rename(tmp.data, path)) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		unlink(tmp.data);
	}
out:
	buf_release(&tmp);
	return rc;
}

/* Give an error from the domain (which knows no file) the file's name. */
static void locate(struct sb40_error *err, const char *file)
{
	char msg[sizeof err->msg];
	snprintf(msg, sizeof msg, "%s", err->msg);
	error_setwhere(err, err->code, file, "%s", msg);
}

static int run_innovation(const struct buf *text, const char *file, enum report_format fmt,
			  enum lang l, struct buf *out, struct sb40_error *err)
{
	struct innov_doc doc;
	struct innov_result res;
	int rc = assess_json_innovation(text->data, text->len, file, &doc, err);
	if (rc)
		return rc;
	rc = innovation_assess(&doc.in, &res, err);
	if (rc && !err->where[0])
		locate(err, file);
	if (!rc)
		rc = assess_innovation_report(out, &doc, &res, fmt, l, err);
	innovation_result_release(&res);
	innov_doc_release(&doc);
	return rc;
}

static int run_maturity(const struct buf *text, const char *file, enum report_format fmt,
			enum lang l, struct buf *out, struct sb40_error *err)
{
	struct maturity_doc doc;
	struct maturity_result res;
	int rc = assess_json_maturity(text->data, text->len, file, &doc, err);
	if (rc)
		return rc;
	rc = maturity_assess(&doc.in, &res, err);
	if (rc && !err->where[0])
		locate(err, file);
	if (!rc)
		rc = assess_maturity_report(out, &doc, &res, fmt, l, err);
	maturity_doc_release(&doc);
	return rc;
}

int cmd_assess(int argc, char **argv, struct cli_ctx *ctx)
{
	static const struct option opts[] = {
		{"input", required_argument, NULL, 'i'},
		{"format", required_argument, NULL, 'f'},
		{"lang", required_argument, NULL, 'l'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *input = NULL, *output = NULL, *kind;
	enum report_format fmt = REPORT_TEXT;
	enum lang l = LANG_UZ;
	struct buf text = BUF_INIT, out = BUF_INIT;
	struct sb40_error err;
	int c, rc;

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
			break;
		case 'l':
			if (lang_parse(optarg, &l))
				return cli_usage(ctx, "assess",
						 "unknown language \"%s\" (expected uz, uz-Cyrl, ru or en)",
						 optarg);
			break;
		case 'o':
			output = optarg;
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
	if (strcmp(kind, "innovation") != 0 && strcmp(kind, "maturity") != 0)
		return cli_usage(ctx, "assess",
				 "unknown assessment \"%s\" (expected innovation or maturity)", kind);
	if (optind + 1 < argc)
		return cli_usage(ctx, "assess", "unexpected argument \"%s\"", argv[optind + 1]);
	if (!input)
		return cli_usage(ctx, "assess", "missing --input FILE.json");

	rc = read_input(input, &text, &err);
	if (!rc && !strcmp(kind, "innovation"))
		rc = run_innovation(&text, input, fmt, l, &out, &err);
	else if (!rc)
		rc = run_maturity(&text, input, fmt, l, &out, &err);
	if (!rc && output)
		rc = write_output(output, &out, &err);
	else if (!rc && (fwrite(out.data, 1, out.len, ctx->out) != out.len || fflush(ctx->out)))
		rc = error_set(&err, SB40_EIO, "cannot write the output: %s", strerror(errno));
	buf_release(&text);
	buf_release(&out);
	return rc ? cli_fail(ctx, &err) : EXIT_OK;
}
