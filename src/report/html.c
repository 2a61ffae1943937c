/* html.c - escaping and the page frame with its style sheet. */
#include "report/html.h"
#include <string.h>

void html_escape(struct buf *out, const char *s)
{
	const char *run = s;
	for (; *s; s++) {
		const char *rep;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_add(out, run, (size_t)(s - run));
		buf_adds(out, rep);
		run = s + 1;
	}
	buf_adds(out, run);
}

static const char css[] =
	"body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
	"color:#1d2430;background:#f6f7f9}"
	"main{max-width:60rem;margin:0 auto;padding:1.5rem;background:#fff}"
	"h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:1.6rem 0 .6rem;"
	"border-bottom:1px solid #dde1e7;padding-bottom:.2rem}"
	"table{border-collapse:collapse;margin:.4rem 0 1rem}"
	"th,td{border:1px solid #dde1e7;padding:.3rem .55rem;text-align:left;vertical-align:top}"
	"th{background:#eef1f5;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}"
	".meta{color:#566070;margin:.2rem 0}"
	".verdict{display:inline-block;font-weight:700;padding:.35rem .8rem;border-radius:.3rem;"
	"margin:.5rem 0}"
	".go{background:#dcf3e3;color:#145c2c}.no_go{background:#fbe0e0;color:#8a1c1c}"
	".blocker{color:#8a1c1c}.warning{color:#8a5a00}.info{color:#2d4a70}"
	".sev{font-weight:600;margin-right:.4rem}"
	".changed{background:#fff1c7;font-weight:600}.muted{color:#8a93a0}"
	"svg{max-width:100%;height:auto}"
	"table.z{font-size:.85rem}td.nw{white-space:nowrap}"
	"@media print{body{background:#fff}main{padding:0}}";

void html_begin(struct buf *out, const char *lang, const char *title)
{
	buf_adds(out, "<!DOCTYPE html>\n<html lang=\"");
	html_escape(out, lang);
	buf_adds(out, "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
		      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
		      "<title>");
	html_escape(out, title);
	buf_adds(out, "</title>\n<style>");
	buf_adds(out, css);
	buf_adds(out, "</style>\n</head>\n<body>\n<main>\n");
}

void html_end(struct buf *out)
{
	buf_adds(out, "</main>\n</body>\n</html>\n");
}

void html_begin_as(struct buf *out, int part, const char *lang, const char *title)
{
	if (!part) {
		html_begin(out, lang, title);
		return;
	}
	buf_adds(out, "<div class=\"sb40-report\" lang=\"");
	html_escape(out, lang);
	buf_adds(out, "\">\n");
}

void html_end_as(struct buf *out, int part)
{
	if (part)
		buf_adds(out, "</div>\n");
	else
		html_end(out);
}
