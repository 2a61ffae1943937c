/* html.c - escaping, the page frame (head, navigation, languages, user),
 * and numbers and dates as the request's language writes them. */
#include "web/web_int.h"
#include "report/numfmt.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

void html_escn(struct buf *b, const char *s, size_t n)
{
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rep = NULL;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_add(b, s + start, i - start);
		buf_adds(b, rep);
		start = i + 1;
	}
	buf_add(b, s + start, n - start);
}

void html_esc(struct buf *b, const char *s)
{
	if (s)
		html_escn(b, s, strlen(s));
}

void url_enc(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-_.~:", *p)) {
			buf_addc(b, (char)*p);
		} else {
			buf_addc(b, '%');
			buf_addc(b, hex[*p >> 4]);
			buf_addc(b, hex[*p & 15]);
		}
	}
}

void html_csrf(struct web_req *r, struct buf *b)
{
	if (!r->user)
		return;
	buf_adds(b, "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_esc(b, r->sess.csrf);
	buf_adds(b, "\">");
}

static const char *const lang_labels[LANG_N] = {"Oʻzbekcha", "Ўзбекча", "Русский", "English"};

void page_begin(struct web_req *r, struct buf *b, const char *title, const char *nav)
{
	unsigned bit = r->user ? route_role_bit(r->user->role) : 0;
	buf_addf(b, "<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		 "<title>", r->lang);
	html_esc(b, title);
	buf_addf(b, " · SB 4.0</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
		 "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
		 "<script src=\"/static/app.js\" defer></script></head><body>"
		 "<header class=\"top\"><a class=\"brand\" href=\"/\"><span class=\"logo\">SB&nbsp;4.0</span>"
		 "<span class=\"tagline\">%s</span></a>", T(r, I_APP_TAGLINE));
	buf_adds(b, "<div class=\"langs\">");
	for (int l = 0; l < LANG_N; l++) {
		const char *code = i18n_web_lang_code((enum i18n_lang)l);
		buf_addf(b, "<a href=\"?lang=%s\" hreflang=\"%s\" lang=\"%s\"%s>%s</a>", code, code,
			 code, (int)r->li == l ? " class=\"on\" aria-current=\"true\"" : "",
			 lang_labels[l]);
	}
	buf_adds(b, "</div>");
	if (r->user) {
		buf_adds(b, "<div class=\"who\"><span class=\"login\">");
		html_esc(b, r->user->login);
		buf_addf(b, "</span> <span class=\"role\">%s</span>",
			 T(r, i18n_web_role_key(r->user->role)));
		buf_adds(b, "<form method=\"post\" action=\"/logout\">");
		html_csrf(r, b);
		buf_addf(b, "<button type=\"submit\" class=\"link\">%s</button></form></div>",
			 T(r, I_LOGOUT));
	}
	buf_adds(b, "</header>");
	if (r->user) {
		buf_adds(b, "<nav class=\"main\">");
		for (const struct web_nav *n = web_nav; n->path; n++) {
			if (!(n->roles & bit))
				continue;
			buf_addf(b, "<a href=\"%s\"%s>%s</a>", n->path,
				 !strcmp(n->path, nav) ? " class=\"on\"" : "", T(r, n->label));
		}
		buf_adds(b, "</nav>");
	}
	buf_adds(b, "<main>");
}

void page_end(struct web_req *r, struct buf *b)
{
	buf_addf(b, "</main><footer><span>%s</span><span>sb40 %s · GPL-3.0-or-later</span>"
		 "</footer></body></html>\n", T(r, I_FOOTER), SB40_VERSION);
}

int page_send(struct web_req *r, struct buf *b)
{
	return web_send(r, MHD_HTTP_OK, "text/html; charset=utf-8", b);
}

const char *web_num(struct web_req *r, double v, int decimals)
{
	char tmp[64];
	return arena_strdup(&r->arena, numfmt(tmp, sizeof tmp, v, decimals, r->lang));
}

double web_cell(const char *s)
{
	char *end;
	double v;
	if (!s || !*s)
		return NAN;
	v = strtod(s, &end);
	return *end ? NAN : v;
}

const char *web_date(struct web_req *r, const char *iso)
{
	if (!iso || strlen(iso) < 10)
		return iso ? iso : "";
	if (r->li == LANG_EN)
		return arena_strndup(&r->arena, iso, 10);
	return arena_printf(&r->arena, "%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
}
