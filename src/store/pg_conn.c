/* pg_conn.c - the PostgreSQL backend's plumbing (see pg_int.h). */
#include "store/pg_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLOAT4OID 700
#define FLOAT8OID 701

void pgp_text(struct pg_params *p, const char *v)
{
	p->v[p->n++] = v;
}

void pgp_long(struct pg_params *p, long v)
{
	snprintf(p->space[p->n], sizeof p->space[0], "%ld", v);
	p->v[p->n] = p->space[p->n];
	p->n++;
}

void pgp_long0(struct pg_params *p, long v)
{
	if (v)
		pgp_long(p, v);
	else
		p->v[p->n++] = NULL;
}

void pgp_real(struct pg_params *p, double v)
{
	if (isnan(v)) {
		p->v[p->n++] = NULL;
		return;
	}
	snprintf(p->space[p->n], sizeof p->space[0], "%.17g", v);
	p->v[p->n] = p->space[p->n];
	p->n++;
}

void pgp_rowval(struct pg_params *p, const struct rowval *v)
{
	switch (v->type) {
	case RV_TEXT:
		pgp_text(p, v->s);
		break;
	case RV_INT:
		if (v->nullable)
			pgp_long0(p, v->l);
		else
			pgp_long(p, v->l);
		break;
	default:
		pgp_real(p, v->d);
	}
}

/* SQLSTATE classes: 08 connection, 53 resources, 58 system, XX internal. */
int pg_error(struct pg_store *s, const PGresult *res, struct sb40_error *err, const char *what)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *msg = res ? PQresultErrorMessage(res) : "";
	char text[400];
	size_t n;
	int code = SB40_EDB;
	if (!msg || !*msg)
		msg = PQerrorMessage(s->c);
	/* the first line: PostgreSQL adds LINE/DETAIL lines, SQLite says one */
	snprintf(text, sizeof text, "%.*s", (int)strcspn(msg ? msg : "error", "\n"),
		 msg ? msg : "error");
	n = strlen(text);
	while (n && (text[n - 1] == '\n' || text[n - 1] == ' '))
		text[--n] = '\0';
	if (!strncmp(text, "ERROR:  ", 8))
		memmove(text, text + 8, strlen(text + 8) + 1);
	if (!state || PQstatus(s->c) != CONNECTION_OK || !strncmp(state, "08", 2) ||
	    !strncmp(state, "58", 2))
		code = SB40_EIO;
	else if (!strcmp(state, "53200"))
		code = SB40_ENOMEM;
	return error_set(err, code, "database: %s: %s", what, text);
}

static int prepare(struct pg_store *s, int id, struct sb40_error *err)
{
	char name[16];
	PGresult *r;
	if (pg_bulk_pause(s, err))
		return err->code;
	if (s->prepared[id])
		return 0;
	snprintf(name, sizeof name, "s%d", id);
	r = PQprepare(s->c, name, sqltext(id), 0, NULL);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		pg_error(s, r, err, "prepare");
		PQclear(r);
		return err->code;
	}
	PQclear(r);
	s->prepared[id] = 1;
	return 0;
}

static PGresult *checked(struct pg_store *s, PGresult *r, struct sb40_error *err)
{
	ExecStatusType t = PQresultStatus(r);
	if (t == PGRES_TUPLES_OK || t == PGRES_COMMAND_OK)
		return r;
	pg_error(s, r, err, "query");
	PQclear(r);
	return NULL;
}

PGresult *pg_run(struct pg_store *s, int id, const struct pg_params *p, struct sb40_error *err)
{
	char name[16];
	if (prepare(s, id, err))
		return NULL;
	snprintf(name, sizeof name, "s%d", id);
	return checked(s, PQexecPrepared(s->c, name, p ? p->n : 0, p ? p->v : NULL, NULL, NULL, 0),
		       err);
}

PGresult *pg_sql(struct pg_store *s, const char *sql, const struct pg_params *p,
		 struct sb40_error *err)
{
	if (pg_bulk_pause(s, err))
		return NULL;
	return checked(s, PQexecParams(s->c, sql, p ? p->n : 0, NULL, p ? p->v : NULL, NULL, NULL, 0),
		       err);
}

int pg_exec(struct pg_store *s, const char *sql, struct sb40_error *err)
{
	PGresult *r;
	ExecStatusType t;
	int rc = 0;
	if (pg_bulk_pause(s, err))
		return err->code;
	r = PQexec(s->c, sql);
	t = PQresultStatus(r);
	if (t != PGRES_COMMAND_OK && t != PGRES_TUPLES_OK)
		rc = pg_error(s, r, err, "exec");
	PQclear(r);
	return rc;
}

const char *pg_str(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

long pg_long(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? 0 : strtol(PQgetvalue(r, row, col), NULL, 10);
}

double pg_real(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NAN : strtod(PQgetvalue(r, row, col), NULL);
}

const char *pg_cell(const PGresult *r, int row, int col, char *tmp, size_t n)
{
	Oid t = PQftype(r, col);
	const char *v, *e;
	double d;
	if (PQgetisnull(r, row, col))
		return NULL;
	v = PQgetvalue(r, row, col);
	if (t != FLOAT8OID && t != FLOAT4OID)
		return v;
	d = strtod(v, NULL);
	if (!isfinite(d))
		return v;
	/* SQLite's "%!.15g": at least one digit after a decimal point */
	snprintf(tmp, n, "%.15g", d);
	if (strchr(tmp, '.'))
		return tmp;
	if ((e = strchr(tmp, 'e'))) {
		char exp[16];
		snprintf(exp, sizeof exp, "%s", e);
		snprintf(tmp + (e - tmp), n - (size_t)(e - tmp), ".0%s", exp);
	} else if (strlen(tmp) + 3 <= n) {
		memcpy(tmp + strlen(tmp), ".0", 3);
	}
	return tmp;
}

long pg_changes(const PGresult *r)
{
	const char *t = PQcmdTuples((PGresult *)r);
	return t && *t ? strtol(t, NULL, 10) : 0;
}
