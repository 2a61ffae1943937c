/* html.h - writing well-formed, self-contained HTML pages.
 *
 * Why: reports are single files a firm can save, mail or print, with no
 * external style sheet or script; they are XHTML-compatible, so that
 * `xmllint --noout` checks them.  Writes into a struct buf; no I/O.
 *
 * Ownership: OUT belongs to the caller; strings are borrowed.
 */
#ifndef SB40_REPORT_HTML_H
#define SB40_REPORT_HTML_H
#include "base/buf.h"

/* Append S with & < > " ' escaped (for text and attribute values). */
void html_escape(struct buf *out, const char *s);

/* "<!DOCTYPE html><html lang=LANG><head>...<title>TITLE</title><style>" the
 * shared style sheet "</style></head><body><main>". */
void html_begin(struct buf *out, const char *lang, const char *title);

/* "</main></body></html>\n" */
void html_end(struct buf *out);

/* The same frame for PART (a fragment for another page): <div
 * class="sb40-report" lang=LANG> and "</div>", with no style sheet: the
 * page's own (the web's style.css styles .sb40-report) applies.  PART 0 is
 * html_begin() / html_end(). */
void html_begin_as(struct buf *out, int part, const char *lang, const char *title);
void html_end_as(struct buf *out, int part);

#endif
