/* assess_report_int.h - helpers shared by the two assessment reports
 * (private to assess_report*.c). */
#ifndef SB40_REPORT_ASSESS_REPORT_INT_H
#define SB40_REPORT_ASSESS_REPORT_INT_H
#include <jansson.h>
#include <stddef.h>
#include "base/buf.h"
#include "base/error.h"
#include "io/assess_json.h"
#include "report/lang.h"

/* S followed by spaces up to WIDTH code points (at least one space). */
void ar_pad(struct buf *b, const char *s, size_t width);
/* FRAC as a percentage with DECIMALS decimals: "+12.3%" (PLUS) or "12.3%". */
const char *ar_pct(char *out, size_t n, enum lang l, double frac, int decimals, int plus);
/* A p-value with its relation: "= 0.004", or "< 0.001". */
const char *ar_pvalue(char *out, size_t n, enum lang l, double p);
/* "I" .. "IX". */
const char *ar_roman(int k);
/* {"name": ..., "tin": ..., ...} with the fields that are set. */
json_t *ar_firm_json(const struct assess_firm *f);
/* Dump ROOT (stolen) into OUT with a final newline; 0 or SB40_ENOMEM. */
int ar_json_dump(struct buf *out, json_t *root, struct sb40_error *err);
/* An HTML table cell, escaped: a header, or data (NUM: right-aligned). */
void ar_th(struct buf *b, const char *s);
void ar_td(struct buf *b, const char *s, int num);
/* A real that JSON can hold: NaN and infinities become null. */
json_t *ar_real(double x);

#endif
