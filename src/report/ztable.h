/* ztable.h - a table of labelled columns, rendered as text, CSV, JSON, HTML
 * or XLSX.
 *
 * Why: every `sb40 zones` view (rankings, findings, obligations, lots,
 * regions) is one or more tables; building them once as data and rendering
 * them by format keeps the formats consistent (the same columns, the same
 * numbers) and each view short.  Columns have a fixed machine id (the CSV
 * header, the JSON key, never translated) and a label in the user's
 * language (text, HTML, XLSX).  Numbers are kept as doubles with a number
 * of decimals: text and HTML print them the language's way (report/numfmt),
 * JSON with full precision (15 digits), CSV plainly with those decimals,
 * XLSX as real numbers with a number format.  A missing number (NaN) is null in JSON, empty in CSV and XLSX, a dash in
 * text and HTML.
 *
 * Ownership: a struct ztable owns copies of every string given to it;
 * ztable_free() frees it all.  Rendering writes into the caller's struct
 * buf; ztables_xlsx() writes a file (the only I/O here, through
 * libxlsxwriter).
 */
#ifndef SB40_REPORT_ZTABLE_H
#define SB40_REPORT_ZTABLE_H
#include <stddef.h>
#include "base/buf.h"
#include "base/error.h"
#include "report/lang.h"

#define ZT_MAX_COLS 16

enum zcell_kind { ZC_EMPTY, ZC_TEXT, ZC_NUM };

struct zcell {
	enum zcell_kind kind;
	char *s;      /* ZC_TEXT, as people read it */
	char *key;    /* ZC_TEXT: what JSON and CSV write instead (a stable code); may be NULL */
	double v;     /* ZC_NUM; NaN = missing */
	int dec;      /* decimals shown; -1: a whole number without grouping (a year) */
};

struct ztable {
	char *id;     /* machine name: "ranking", "findings", ... */
	char *title;  /* in the user's language */
	char *note;   /* a line under the table; may be NULL */
	char *svg;    /* an inline chart shown above the table in HTML; may be NULL */
	size_t ncols;
	struct zcol {
		char *id;
		char *label;
	} cols[ZT_MAX_COLS];
	size_t nrows, cap;
	struct zcell *cells; /* nrows * ncols */
};

struct ztable *ztable_new(const char *id, const char *title);
void ztable_free(struct ztable *t);
void ztable_col(struct ztable *t, const char *id, const char *label);
void ztable_note(struct ztable *t, const char *note);
/* Takes a copy of the chart markup. */
void ztable_svg(struct ztable *t, const char *svg);
/* Start a row (all cells empty); cells are then set by column index. */
void ztable_row(struct ztable *t);
void ztable_text(struct ztable *t, size_t col, const char *s);
/* A translated text S whose stable code KEY goes into JSON and CSV. */
void ztable_coded(struct ztable *t, size_t col, const char *s, const char *key);
void ztable_num(struct ztable *t, size_t col, double v, int dec);
/* The last row's cell COL. */
struct zcell *ztable_cell(struct ztable *t, size_t row, size_t col);

enum zformat { ZF_TEXT, ZF_CSV, ZF_JSON, ZF_HTML, ZF_XLSX };
/* "text", "csv", "json", "html", "xlsx"; 0 or -1. */
int zformat_parse(const char *s, enum zformat *out);

/* A document: a title, lines of metadata, tables, and (JSON) extra fields. */
struct zdoc {
	const char *command;   /* "rank", "check", ... */
	const char *title;
	const char *meta[8];   /* lines under the title; NULL-terminated */
	struct ztable *tables[16];
	size_t ntables;
	enum lang lang;
	const char *json_extra; /* a JSON object's members text, e.g. "\"year\": 2025"; may be NULL */
	char *own[24];          /* strings the document owns (see zdoc_keep) */
	size_t nown;
};

/* Hand the text of B to DOC (B is emptied) and return it, for the title,
 * meta lines and json_extra. */
const char *zdoc_keep(struct zdoc *doc, struct buf *b);
/* Append T to DOC (DOC owns it from now on). */
void zdoc_add(struct zdoc *doc, struct ztable *t);
/* Free DOC's tables and strings; DOC itself is the caller's. */
void zdoc_release(struct zdoc *doc);

/* Render DOC in text, CSV (tables one after another, each with its header
 * row, separated by an empty line), JSON or HTML into OUT. */
void zdoc_render(struct buf *out, const struct zdoc *doc, enum zformat f);

/* Write DOC to PATH as an XLSX workbook, one sheet per table (frozen
 * header row, numbers with number formats).  Returns 0 or SB40_EIO. */
int zdoc_xlsx(const struct zdoc *doc, const char *path, struct sb40_error *err);

#endif
