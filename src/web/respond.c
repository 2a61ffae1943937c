/* respond.c - queueing responses: headers every response carries, JSON,
 * redirects, errors in the form the client reads (JSON or a page). */
#include "web/web_int.h"
#include "report/errmsg.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char csp[] = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			  "script-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			  "base-uri 'none'";

static int queue(struct web_req *r, unsigned status, const char *ctype, struct MHD_Response *resp,
		 size_t len, const char *cache)
{
	int rc;
	if (!resp)
		return 0;
	MHD_add_response_header(resp, "Content-Type", ctype);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
	MHD_add_response_header(resp, "Content-Security-Policy", csp);
	MHD_add_response_header(resp, "Cache-Control", cache ? cache : "no-store");
	if (!strncmp(ctype, "text/html", 9) || web_is_api(r))
		MHD_add_response_header(resp, "Vary", "Cookie, Accept-Language");
	if (r->route && (r->route->flags & ROUTE_CACHE) && status == MHD_HTTP_OK)
		MHD_add_response_header(resp, "X-Cache", r->cache_hit ? "hit" : "miss");
	for (int i = 0; i < r->ncookies; i++)
		MHD_add_response_header(resp, "Set-Cookie", r->cookies[i]);
	if (r->filename && status == MHD_HTTP_OK)
		MHD_add_response_header(resp, "Content-Disposition",
					arena_printf(&r->arena, "attachment; filename=\"%s\"",
						     r->filename));
	if (status == MHD_HTTP_TOO_MANY_REQUESTS && r->retry_after > 0)
		MHD_add_response_header(resp, "Retry-After",
					arena_printf(&r->arena, "%ld", r->retry_after));
	if (status == MHD_HTTP_UNAUTHORIZED && web_is_api(r))
		MHD_add_response_header(resp, "WWW-Authenticate", "Bearer realm=\"sb40\"");
	rc = MHD_queue_response(r->conn, status, resp) == MHD_YES;
	MHD_destroy_response(resp);
	r->status = status;
	r->bytes = len;
	r->responded = 1;
	return rc;
}

int web_send(struct web_req *r, unsigned status, const char *ctype, struct buf *body)
{
	size_t len = body->len;
	char *data = buf_detach(body, &len);
	if (r->cache_key && status == MHD_HTTP_OK && data)
		rcache_put(&r->srv->rcache, r->cache_key, r->cache_version, ctype, data, len);
	struct MHD_Response *resp =
		MHD_create_response_from_buffer_with_free_callback(len, data, free);
	if (!resp)
		free(data);
	return queue(r, status, ctype, resp, len, NULL);
}

int web_send_static(struct web_req *r, unsigned status, const char *ctype, const char *data,
		    size_t len, const char *cache)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(len, (void *)data,
								    MHD_RESPMEM_PERSISTENT);
	return queue(r, status, ctype, resp, len, cache);
}

int web_json(struct web_req *r, unsigned status, json_t *j)
{
	struct buf b = BUF_INIT;
	char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	if (!s)
		return web_fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", NULL,
				"cannot build the JSON answer");
	buf_adds(&b, s);
	buf_addc(&b, '\n');
	free(s);
	return web_send(r, status, "application/json; charset=utf-8", &b);
}

int web_redirect(struct web_req *r, const char *location)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"",
								    MHD_RESPMEM_PERSISTENT);
	if (!resp)
		return 0;
	MHD_add_response_header(resp, "Location", location);
	return queue(r, MHD_HTTP_SEE_OTHER, "text/plain; charset=utf-8", resp, 0, NULL);
}

void web_cookie(struct web_req *r, const char *set_cookie)
{
	if (r->ncookies < WEB_MAX_COOKIES)
		r->cookies[r->ncookies++] = set_cookie;
}

const char *web_errmsg(struct web_req *r, const struct sb40_error *e)
{
	char msg[sizeof e->msg + 512];
	if (web_is_api(r))
		return arena_strdup(&r->arena, e->msg);
	return arena_strdup(&r->arena, errmsg_msg(e, (int)r->li, msg, sizeof msg));
}

int web_fail_e(struct web_req *r, unsigned status, const char *code, const char *where,
		    const struct sb40_error *e)
{
	const char *msg = web_errmsg(r, e); /* the API keeps English */
	if (!msg) /* out of memory: the English message */
		msg = e->msg;
	if (web_is_api(r) || !r->route) {
		json_t *je = json_pack("{s:s, s:s}", "code", code, "message", msg);
		if (je && where && *where)
			json_object_set_new(je, "where", json_string(where));
		if (!web_is_api(r) && !r->route) {
			/* no route: a plain page is clearer to a person */
			struct buf b = BUF_INIT;
			json_decref(je);
			page_begin(r, &b, T(r, I_ERROR), "");
			buf_adds(&b, "<h1>");
			buf_addf(&b, "%u", status);
			buf_adds(&b, "</h1><p class=\"error\">");
			html_esc(&b, msg);
			buf_adds(&b, "</p>");
			page_end(r, &b);
			return web_send(r, status, "text/html; charset=utf-8", &b);
		}
		return web_json(r, status, json_pack("{s:o}", "error", je));
	}
	{
		struct buf b = BUF_INIT;
		page_begin(r, &b, T(r, I_ERROR), "");
		buf_addf(&b, "<h1>%s</h1><p class=\"error\">", T(r, I_ERROR));
		if (where && *where) {
			html_esc(&b, where);
			buf_adds(&b, ": ");
		}
		html_esc(&b, msg);
		buf_addf(&b, "</p><p><a href=\"/\">%s</a></p>", T(r, I_BACK_HOME));
		page_end(r, &b);
		return web_send(r, status, "text/html; charset=utf-8", &b);
	}
}

int web_fail(struct web_req *r, unsigned status, const char *code, const char *where,
	     const char *fmt, ...)
{
	struct sb40_error e;
	va_list ap;
	va_start(ap, fmt);
	error_vset(&e, SB40_EINVAL, fmt, ap);
	va_end(ap);
	return web_fail_e(r, status, code, where, &e);
}

int web_fail_err(struct web_req *r, struct sb40_error *err)
{
	unsigned st;
	const char *code;
	switch (err->code) {
	case SB40_EINVAL: st = MHD_HTTP_UNPROCESSABLE_CONTENT; code = "invalid"; break;
	case SB40_ENOTFOUND: st = MHD_HTTP_NOT_FOUND; code = "not_found"; break;
	case SB40_EEXIST: st = MHD_HTTP_CONFLICT; code = "exists"; break;
	case SB40_EAUTH: st = MHD_HTTP_FORBIDDEN; code = "forbidden"; break;
	case SB40_ESINGULAR: case SB40_EMISSING: case SB40_ENOCONV:
		st = MHD_HTTP_UNPROCESSABLE_CONTENT; code = "statistics"; break;
	case SB40_EDB: st = MHD_HTTP_CONFLICT; code = "database"; break;
	default: st = MHD_HTTP_INTERNAL_SERVER_ERROR; code = "internal";
	}
	return web_fail_e(r, st, code, err->where, err);
}
