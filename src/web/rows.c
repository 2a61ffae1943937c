/* rows.c - the rows of a store_query() copied into the request's arena, so
 * that a handler can look at them more than once (charts and tables). */
#include "web/web_int.h"

struct collect {
	struct web_req *r;
	struct web_rows *out;
	size_t cap;
};

static int add_row(void *ctx, int ncols, const char *const *vals)
{
	struct collect *c = ctx;
	struct web_rows *o = c->out;
	const char **row;
	if (o->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		const char ***v = arena_alloc(&c->r->arena, cap * sizeof *v);
		for (size_t i = 0; i < o->n; i++)
			v[i] = o->v[i];
		o->v = v;
		c->cap = cap;
	}
	row = arena_alloc(&c->r->arena, (size_t)ncols * sizeof *row);
	for (int i = 0; i < ncols; i++)
		row[i] = arena_strdup(&c->r->arena, vals[i]);
	o->v[o->n++] = row;
	o->ncols = ncols;
	return 0;
}

int web_rows(struct web_req *r, int query, int nparams, const char *const *params,
	     struct web_rows *out, struct sb40_error *err)
{
	struct collect c;
	out->n = 0;
	out->ncols = 0;
	out->v = NULL;
	c.r = r;
	c.out = out;
	c.cap = 0;
	return store_query(r->st, query, nparams, params, add_row, &c, err);
}
