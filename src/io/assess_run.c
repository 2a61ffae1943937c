/* assess_run.c - parse, assess, compare with peers, store, render: the
 * steps shared by `sb40 assess` and the web (see assess_run.h). */
#include "io/assess_run.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/assess_json.h"
#include "report/assess_report.h"
#include "report/i18n_assess.h"
#include "store/queries.h"

#define MAX_PEERS 5000 /* per group: the newest firms count */

int assess_kind_parse(const char *s, enum assess_kind *out)
{
	if (s && !strcmp(s, "innovation"))
		*out = ASSESS_INNOVATION;
	else if (s && !strcmp(s, "maturity"))
		*out = ASSESS_MATURITY;
	else
		return -1;
	return 0;
}

const char *assess_kind_name(enum assess_kind k)
{
	return k == ASSESS_MATURITY ? "maturity" : "innovation";
}

static int format_of(const char *s, enum report_format *f)
{
	if (s && !strcmp(s, "html-part")) {
		*f = REPORT_HTML_PART;
		return 0;
	}
	return report_format_parse(s ? s : "text", f);
}

int assess_format_ok(const char *s)
{
	enum report_format f;
	return format_of(s, &f);
}

static enum lang lang_of(const char *code)
{
	enum lang l = LANG_UZ;
	if (code)
		lang_parse(code, &l);
	return l;
}

/* ---- who the assessment is about ---- */

struct firm_rec {
	long enterprise_id;
	char tin[32], zone[96], region[96], sector[64];
	int has_tin, has_zone, has_region, has_sector;
};

struct ent_row {
	int found;
	char zone[96], region[96], sector[64];
	int has_zone, has_sector;
};

static void put(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "%s", s ? s : "");
}

static int got_ent(void *ctx, int ncols, const char *const *v)
{
	struct ent_row *e = ctx;
	if (ncols < 6)
		return 0;
	e->found = 1;
	put(e->sector, sizeof e->sector, v[3]);
	e->has_sector = v[3] != NULL;
	put(e->region, sizeof e->region, v[4]);
	put(e->zone, sizeof e->zone, v[5]);
	e->has_zone = v[5] != NULL;
	return 1;
}

struct region_match {
	const char *name;
	char code[32];
};

static int got_region(void *ctx, int ncols, const char *const *v)
{
	struct region_match *m = ctx;
	for (int i = 0; i < 5 && i < ncols; i++)
		if (v[i] && !strcmp(v[i], m->name)) {
			put(m->code, sizeof m->code, v[0]);
			return 1;
		}
	return 0;
}

static int resolve_firm(const struct assess_job *j, const struct assess_firm *f,
			struct firm_rec *r, struct sb40_error *err)
{
	const char *tin = j->tin ? j->tin : f->tin;
	int rc;
	memset(r, 0, sizeof *r);
	if (j->tin && f->tin && strcmp(j->tin, f->tin)) {
		char where[600];
		snprintf(where, sizeof where, "%s: $.firm.tin", j->file);
		return error_setwhere(err, j->tin_forced ? SB40_EAUTH : SB40_EINVAL, where,
				      "the firm is %s, not %s", j->tin, f->tin);
	}
	if (tin) {
		put(r->tin, sizeof r->tin, tin);
		r->has_tin = 1;
	}
	if (tin && j->st) {
		struct ent_row e = {0};
		const char *p[5] = {NULL, tin, NULL, "1", "0"};
		rc = store_query(j->st, Q_ENTERPRISES, 5, p, got_ent, &e, err);
		if (rc && rc != 1)
			return rc;
		if (e.found) {
			long zid;
			if ((rc = store_enterprise_id(j->st, tin, &r->enterprise_id, &zid, err)))
				return rc;
			put(r->zone, sizeof r->zone, e.zone);
			r->has_zone = e.has_zone;
			put(r->region, sizeof r->region, e.region);
			r->has_region = 1;
			put(r->sector, sizeof r->sector, e.sector);
			r->has_sector = e.has_sector;
			return 0;
		}
		if (j->tin)
			return error_set(err, SB40_ENOTFOUND, "no enterprise with the TIN \"%s\" in the "
					 "registry", j->tin);
	}
	if (f->zone) {
		put(r->zone, sizeof r->zone, f->zone);
		r->has_zone = 1;
	}
	if (f->sector) {
		put(r->sector, sizeof r->sector, f->sector);
		r->has_sector = 1;
	}
	if (f->region) {
		struct region_match m = {f->region, ""};
		put(r->region, sizeof r->region, f->region);
		r->has_region = 1;
		if (j->st) {
			rc = store_query(j->st, Q_REGION_COUNTS, 0, NULL, got_region, &m, err);
			if (rc && rc != 1)
				return rc;
			if (m.code[0])
				put(r->region, sizeof r->region, m.code);
		}
	}
	return 0;
}

/* ---- peers ---- */

struct peer_acc {
	struct maturity_result *res;
	size_t n, cap;
	int rc;
	struct sb40_error *err;
};

static int got_peer(void *ctx, const struct store_assessment *a)
{
	struct peer_acc *acc = ctx;
	struct maturity_doc d;
	struct sb40_error e;
	error_clear(&e);
	if (acc->n == MAX_PEERS)
		return 1;
	/* a stored input was valid when it was stored; one that no longer is
	 * (a newer sb40's stricter rules) is left out rather than failing */
	if (assess_json_maturity(a->input, strlen(a->input), "stored", &d, &e))
		return 0;
	if (acc->n == acc->cap) {
		size_t cap = acc->cap ? acc->cap * 2 : 16;
		struct maturity_result *m = realloc(acc->res, cap * sizeof *m);
		if (!m) {
			maturity_doc_release(&d);
			acc->rc = error_set(acc->err, SB40_ENOMEM, "out of memory");
			return 1;
		}
		acc->res = m;
		acc->cap = cap;
	}
	if (!maturity_assess(&d.in, &acc->res[acc->n], &e))
		acc->n++;
	maturity_doc_release(&d);
	return 0;
}

static int compare_peers(struct store *st, const struct firm_rec *f, long before_id,
			 const struct maturity_result *me, struct maturity_peers *p,
			 struct sb40_error *err)
{
	const char *keys[PEER_NGROUPS] = {f->has_zone ? f->zone : NULL,
					  f->has_region ? f->region : NULL,
					  f->has_sector ? f->sector : NULL};
	memset(p, 0, sizeof *p);
	for (int g = 0; g < PEER_NGROUPS; g++) {
		struct store_assessment_filter q = {0};
		struct peer_acc acc = {0};
		int rc;
		p->key[g] = keys[g];
		maturity_compare(me, NULL, 0, &p->c[g]);
		if (!keys[g])
			continue;
		q.kind = "maturity";
		q.zone = g == PEER_ZONE ? keys[g] : NULL;
		q.region = g == PEER_REGION ? keys[g] : NULL;
		q.sector = g == PEER_SECTOR ? keys[g] : NULL;
		q.before_id = before_id;
		q.not_tin = f->has_tin ? f->tin : NULL;
		q.latest_per_firm = 1;
		acc.err = err;
		rc = store_assessment_list(st, &q, got_peer, &acc, err);
		if (rc == 1)
			rc = acc.rc;
		if (!rc)
			maturity_compare(me, acc.res, acc.n, &p->c[g]);
		free(acc.res);
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- storing ---- */

static int save(const struct assess_job *j, const struct assess_firm *af, const struct firm_rec *f,
		json_t *result, long *id, struct sb40_error *err)
{
	char *res = json_dumps(result, JSON_COMPACT | JSON_REAL_PRECISION(10));
	char *input = malloc(j->len + 1), entity[64], after[160];
	int rc;
	if (!res || !input) {
		free(res);
		free(input);
		return error_set(err, SB40_ENOMEM, "out of memory");
	}
	memcpy(input, j->text, j->len);
	input[j->len] = 0;
	struct store_assessment a = {0, assess_kind_name(j->kind), f->enterprise_id,
				     f->has_tin ? f->tin : NULL, af->name,
				     f->has_zone ? f->zone : NULL, f->has_region ? f->region : NULL,
				     f->has_sector ? f->sector : NULL, input, res, NULL,
				     j->actor ? j->actor : "sb40"};
	rc = store_begin(j->st, err);
	if (!rc)
		rc = store_assessment_add(j->st, &a, id, err);
	if (!rc) {
		snprintf(entity, sizeof entity, "assessment:%ld", *id);
		snprintf(after, sizeof after, "{\"kind\":\"%s\",\"tin\":%s%s%s}", a.kind,
			 a.tin ? "\"" : "", a.tin ? a.tin : "null", a.tin ? "\"" : "");
		rc = store_audit_add(j->st, a.created_by, "assess", entity, NULL, after, err);
	}
	if (!rc)
		rc = store_commit(j->st, err);
	else
		store_rollback(j->st);
	free(res);
	free(input);
	return rc;
}

/* Give an error from the domain (which knows no file) the file's name. */
static void locate(struct sb40_error *err, const char *file)
{
	if (err->where[0])
		return;
	error_placewhere(err, file); /* the message and its arguments kept */
}

static int run_innovation(const struct assess_job *j, enum report_format fmt, enum lang l,
			  struct buf *out, long *id, struct sb40_error *err)
{
	struct innov_doc doc;
	struct innov_result res;
	struct firm_rec f;
	int rc = assess_json_innovation(j->text, j->len, j->file, &doc, err);
	if (rc)
		return rc;
	rc = resolve_firm(j, &doc.firm, &f, err);
	if (!rc && (rc = innovation_assess(&doc.in, &res, err)))
		locate(err, j->file);
	if (rc) {
		innov_doc_release(&doc);
		return rc;
	}
	if (j->save && j->st) {
		json_t *o = assess_innovation_json(&doc, &res, l);
		rc = o ? save(j, &doc.firm, &f, o, id, err) : error_set(err, SB40_ENOMEM, "out of memory");
		json_decref(o);
	}
	if (!rc)
		rc = assess_innovation_report(out, &doc, &res, fmt, l, err);
	innovation_result_release(&res);
	innov_doc_release(&doc);
	return rc;
}

static int run_maturity(const struct assess_job *j, enum report_format fmt, enum lang l,
			struct buf *out, long *id, struct sb40_error *err)
{
	struct maturity_doc doc;
	struct maturity_result res;
	struct maturity_peers peers;
	struct firm_rec f;
	int rc = assess_json_maturity(j->text, j->len, j->file, &doc, err);
	if (rc)
		return rc;
	rc = resolve_firm(j, &doc.firm, &f, err);
	if (!rc && (rc = maturity_assess(&doc.in, &res, err)))
		locate(err, j->file);
	if (!rc && j->st)
		rc = compare_peers(j->st, &f, 0, &res, &peers, err);
	if (!rc && j->save && j->st) {
		json_t *o = assess_maturity_json(&doc, &res, &peers, l);
		rc = o ? save(j, &doc.firm, &f, o, id, err) : error_set(err, SB40_ENOMEM, "out of memory");
		json_decref(o);
	}
	if (!rc)
		rc = assess_maturity_report(out, &doc, &res, j->st ? &peers : NULL, fmt, l, err);
	maturity_doc_release(&doc);
	return rc;
}

int assess_run(const struct assess_job *j, struct buf *out, long *id, struct sb40_error *err)
{
	enum report_format fmt;
	long tmp = 0;
	if (!id)
		id = &tmp;
	*id = 0;
	if (format_of(j->format, &fmt))
		return error_set(err, SB40_EINVAL, "unknown format \"%s\"", j->format);
	if (j->save && !j->st)
		return error_set(err, SB40_EINVAL, "saving an assessment needs a database");
	return j->kind == ASSESS_MATURITY ? run_maturity(j, fmt, lang_of(j->lang), out, id, err)
					  : run_innovation(j, fmt, lang_of(j->lang), out, id, err);
}

/* ---- showing a stored one ---- */

struct stored {
	int found;
	struct buf input, result;
	char kind[16];
	struct firm_rec f; /* as stored: the peers are found with it */
	json_t *record;
};

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *record_json(const struct store_assessment *a)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "kind", json_string(a->kind));
	json_object_set_new(o, "tin", jstr(a->tin));
	json_object_set_new(o, "firm", jstr(a->firm));
	json_object_set_new(o, "zone", jstr(a->zone));
	json_object_set_new(o, "region", jstr(a->region));
	json_object_set_new(o, "sector", jstr(a->sector));
	json_object_set_new(o, "created_at", jstr(a->created_at));
	json_object_set_new(o, "created_by", jstr(a->created_by));
	return o;
}

static int got_stored(void *ctx, const struct store_assessment *a)
{
	struct stored *s = ctx;
	s->found = 1;
	buf_adds(&s->input, a->input);
	buf_adds(&s->result, a->result);
	put(s->kind, sizeof s->kind, a->kind);
	put(s->f.tin, sizeof s->f.tin, a->tin);
	s->f.has_tin = a->tin != NULL;
	put(s->f.zone, sizeof s->f.zone, a->zone);
	s->f.has_zone = a->zone != NULL;
	put(s->f.region, sizeof s->f.region, a->region);
	s->f.has_region = a->region != NULL;
	put(s->f.sector, sizeof s->f.sector, a->sector);
	s->f.has_sector = a->sector != NULL;
	s->record = record_json(a);
	return 0;
}

int assess_show(struct store *st, long id, const char *scope_tin, const char *format,
		const char *lang, struct buf *out, enum assess_kind *kind, struct sb40_error *err)
{
	struct stored s = {0};
	enum report_format fmt;
	enum assess_kind k = ASSESS_INNOVATION;
	enum lang l = lang_of(lang);
	char file[48];
	int rc;

	if (format_of(format, &fmt))
		return error_set(err, SB40_EINVAL, "unknown format \"%s\"", format);
	s.input = (struct buf)BUF_INIT;
	s.result = (struct buf)BUF_INIT;
	rc = store_assessment_get(st, id, got_stored, &s, err);
	if (rc == SB40_ENOTFOUND ||
	    (!rc && scope_tin && (!s.f.has_tin || strcmp(s.f.tin, scope_tin))))
		rc = error_set(err, SB40_ENOTFOUND, "no assessment %ld", id);
	if (rc)
		goto out;
	assess_kind_parse(s.kind, &k);
	if (kind)
		*kind = k;
	snprintf(file, sizeof file, "assessment %ld", id);
	if (fmt == REPORT_JSON) {
		json_t *in = json_loads(s.input.data ? s.input.data : "", 0, NULL);
		json_t *res = json_loads(s.result.data ? s.result.data : "", 0, NULL);
		json_object_set_new(s.record, "input", in ? in : json_null());
		json_object_set_new(s.record, "result", res ? res : json_null());
		char *txt = json_dumps(s.record, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
		if (!txt) {
			rc = error_set(err, SB40_ENOMEM, "out of memory");
			goto out;
		}
		buf_adds(out, txt);
		buf_addc(out, '\n');
		free(txt);
		goto out;
	}
	if (k == ASSESS_INNOVATION) {
		struct innov_doc doc;
		struct innov_result res;
		if ((rc = assess_json_innovation(s.input.data, s.input.len, file, &doc, err)))
			goto out;
		if (!(rc = innovation_assess(&doc.in, &res, err))) {
			rc = assess_innovation_report(out, &doc, &res, fmt, l, err);
			innovation_result_release(&res);
		}
		innov_doc_release(&doc);
	} else {
		struct maturity_doc doc;
		struct maturity_result res;
		struct maturity_peers peers;
		if ((rc = assess_json_maturity(s.input.data, s.input.len, file, &doc, err)))
			goto out;
		rc = maturity_assess(&doc.in, &res, err);
		if (!rc)
			rc = compare_peers(st, &s.f, id, &res, &peers, err);
		if (!rc)
			rc = assess_maturity_report(out, &doc, &res, &peers, fmt, l, err);
		maturity_doc_release(&doc);
	}
out:
	json_decref(s.record);
	buf_release(&s.input);
	buf_release(&s.result);
	return rc;
}

json_t *assess_summary_json(const struct store_assessment *a)
{
	json_t *o = record_json(a), *res = json_loads(a->result, 0, NULL);
	if (!o)
		return NULL;
	if (!strcmp(a->kind, "maturity")) {
		json_t *ov = res ? json_object_get(res, "overall") : NULL;
		json_t *stg = res ? json_object_get(res, "stage") : NULL;
		json_object_set(o, "overall", ov ? ov : json_null());
		json_object_set(o, "stage", stg ? stg : json_null());
	} else {
		json_t *v = res ? json_object_get(res, "verdict") : NULL;
		json_t *w = res ? json_object_get(res, "winner") : NULL;
		json_object_set(o, "verdict", v ? v : json_null());
		json_object_set(o, "winner", w ? w : json_null());
	}
	json_decref(res);
	return o;
}

/* ---- words for forms ---- */

const char *assess_title(const char *lang, enum assess_kind k)
{
	return ia_text(lang_of(lang), k == ASSESS_MATURITY ? IA_TITLE_MATURITY : IA_TITLE_INNOVATION);
}

const char *assess_block_name(const char *lang, int block)
{
	if (block < 0 || block >= MAT_BLOCK_COUNT)
		return "";
	return ia_text(lang_of(lang), (enum ia_key)(IA_B_AUTOMATION + block));
}

const char *assess_level_text(const char *lang, int block, int level)
{
	if (block < 0 || block >= MAT_BLOCK_COUNT || level < 0 || level > MAT_MAX_LEVEL)
		return "";
	return ia_text(lang_of(lang), (enum ia_key)(IA_L_AUTOMATION_0 + 5 * block + level));
}

const char *assess_pillar_name(const char *lang, int pillar)
{
	if (pillar < 0 || pillar >= PILLAR_COUNT)
		return "";
	return ia_text(lang_of(lang), (enum ia_key)(IA_PILLAR_FOUNDATIONS + pillar));
}

const char *assess_stage_name(const char *lang, int stage)
{
	if (stage < 0 || stage >= MAT_STAGE_COUNT)
		return "";
	return ia_text(lang_of(lang), (enum ia_key)(IA_STAGE_0 + stage));
}

const char *assess_verdict_name(const char *lang, int go)
{
	return ia_text(lang_of(lang), go ? IA_VERDICT_GO : IA_VERDICT_NO_GO);
}
