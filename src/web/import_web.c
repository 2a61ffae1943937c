/* import_web.c - uploads through io/import, errors collected. */
#include "web/import_web.h"
#include <string.h>

const char *web_import_name(struct web_req *r, const char *name)
{
	const char *base;
	char out[96];
	size_t o = 0;
	if (!name || !*name)
		return "upload.csv";
	base = strrchr(name, '/');
	name = base ? base + 1 : name;
	base = strrchr(name, '\\');
	name = base ? base + 1 : name;
	for (; *name && o < 80; name++) {
		unsigned char c = (unsigned char)*name;
		if (c < 0x20 || c == 0x7f || c == ':' || c == '"' || c == '<' || c == '>')
			out[o++] = '_';
		else
			out[o++] = (char)c;
	}
	out[o] = '\0';
	return o ? arena_strdup(&r->arena, out) : "upload.csv";
}

struct collect {
	struct web_req *r;
	struct web_import *out;
};

static void on_error(void *ctx, struct sb40_error *e)
{
	struct collect *c = ctx;
	if (c->out->nerr == WEB_IMPORT_MAX_ERRORS)
		return;
	c->out->err[c->out->nerr].where = arena_strdup(&c->r->arena, e->where);
	/* in the request's language on the page, English in the JSON API */
	c->out->err[c->out->nerr].msg = web_errmsg(c->r, e);
	c->out->nerr++;
}

void web_import_run(struct web_req *r, enum import_kind kind, const char *name, const char *data,
		    size_t len, int dry_run, struct web_import *out)
{
	struct import_options opt = {0};
	struct collect c = {r, out};
	struct csvr *rd = NULL;
	struct sb40_error err;
	int rc;

	memset(out, 0, sizeof *out);
	name = web_import_name(r, name);
	if (web_scope_import(r, kind, name, data, len, &err)) {
		out->forbidden = 1;
		on_error(&c, &err);
		return;
	}
	if (csvr_open_mem(name, data, len, &rd, &err)) {
		on_error(&c, &err);
		return;
	}
	opt.dry_run = dry_run;
	opt.max_errors = WEB_IMPORT_MAX_ERRORS;
	opt.actor = r->user ? r->user->login : "web";
	rc = import_csv(r->st, kind, rd, &opt, &out->stats, on_error, &c, &err);
	csvr_close(rd);
	out->ok = rc == 0;
	if (rc && (err.code == SB40_EIO || err.code == SB40_ENOMEM || err.code == SB40_EDB))
		out->internal = 1;
	if (rc && !out->nerr)
		on_error(&c, &err);
}
