/* rowput.c - the table descriptions and value helpers of rowput.h. */
#include "store/rowput.h"
#include "store/store_int.h"
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

const struct rowput_desc rowput_tables[RP_NTABLES] = {
	[RP_ZONE] = {"zone", 1, 8,
		"INSERT INTO zone (code, name, region_id, district, kind, established, area_ha, "
		"production_area_m2, specialisation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
		"ON CONFLICT DO NOTHING",
		"SELECT name, region_id, district, kind, established, area_ha, production_area_m2, "
		"specialisation FROM zone WHERE code = $1",
		"UPDATE zone SET name = $2, region_id = $3, district = $4, kind = $5, established = $6, "
		"area_ha = $7, production_area_m2 = $8, specialisation = $9 WHERE code = $1"},
	[RP_ENTERPRISE] = {"enterprise", 1, 7,
		"INSERT INTO enterprise (tin, name, legal_form, activity_code, region_id, zone_id, "
		"registered_on, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
		"SELECT name, legal_form, activity_code, region_id, zone_id, registered_on, status "
		"FROM enterprise WHERE tin = $1",
		"UPDATE enterprise SET name = $2, legal_form = $3, activity_code = $4, region_id = $5, "
		"zone_id = $6, registered_on = $7, status = $8 WHERE tin = $1"},
	[RP_OBLIGATION] = {"obligation", 4, 3,
		"INSERT INTO obligation (enterprise_id, zone_id, kind, due_date, amount, unit, "
		"accepted_on) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
		"SELECT amount, unit, accepted_on FROM obligation WHERE enterprise_id = $1 AND "
		"zone_id = $2 AND kind = $3 AND due_date = $4",
		"UPDATE obligation SET amount = $5, unit = $6, accepted_on = $7 WHERE "
		"enterprise_id = $1 AND zone_id = $2 AND kind = $3 AND due_date = $4"},
	[RP_LOT] = {"lot", 2, 3,
		"INSERT INTO lot (zone_id, lot, area_m2, status, auction_date) VALUES "
		"($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
		"SELECT area_m2, status, auction_date FROM lot WHERE zone_id = $1 AND lot = $2",
		"UPDATE lot SET area_m2 = $3, status = $4, auction_date = $5 WHERE zone_id = $1 "
		"AND lot = $2"},
};

#define T(n, v) (struct rowval){n, RV_TEXT, v, 0, NAN, 0}
#define I(n, v) (struct rowval){n, RV_INT, NULL, v, NAN, 0}
#define IN(n, v) (struct rowval){n, RV_INT, NULL, v, NAN, 1}
#define R(n, v) (struct rowval){n, RV_REAL, NULL, 0, v, 0}

void rowput_zone(const struct store_zone *z, struct rowval *v, char *entity)
{
	v[0] = T("code", z->code);
	v[1] = T("name", z->name);
	v[2] = I("region_id", z->region_id);
	v[3] = T("district", z->district);
	v[4] = T("kind", z->kind);
	v[5] = IN("established", z->established);
	v[6] = R("area_ha", z->area_ha);
	v[7] = R("production_area_m2", z->production_area_m2);
	v[8] = T("specialisation", z->specialisation);
	snprintf(entity, 128, "zone:%s", z->code);
}

void rowput_enterprise(const struct store_enterprise *e, struct rowval *v, char *entity)
{
	v[0] = T("tin", e->tin);
	v[1] = T("name", e->name);
	v[2] = T("legal_form", e->legal_form);
	v[3] = T("activity_code", e->activity_code);
	v[4] = I("region_id", e->region_id);
	v[5] = IN("zone_id", e->zone_id);
	v[6] = T("registered_on", e->registered_on);
	v[7] = T("status", e->status);
	snprintf(entity, 128, "enterprise:%s", e->tin);
}

void rowput_obligation(const struct store_obligation *o, struct rowval *v, char *entity)
{
	v[0] = I("enterprise_id", o->enterprise_id);
	v[1] = I("zone_id", o->zone_id);
	v[2] = T("kind", o->kind);
	v[3] = T("due_date", o->due_date);
	v[4] = R("amount", o->amount);
	v[5] = T("unit", o->unit);
	v[6] = T("accepted_on", o->accepted_on);
	snprintf(entity, 128, "obligation:%ld/%ld/%s/%s", o->enterprise_id, o->zone_id,
		 o->kind, o->due_date);
}

void rowput_lot(const struct store_lot *l, struct rowval *v, char *entity)
{
	v[0] = I("zone_id", l->zone_id);
	v[1] = T("lot", l->lot);
	v[2] = R("area_m2", l->area_m2);
	v[3] = T("status", l->status);
	v[4] = T("auction_date", l->auction_date);
	snprintf(entity, 128, "lot:%ld/%.100s", l->zone_id, l->lot);
}

char *rowput_json(const struct rowval *v, int from, int to)
{
	json_t *o = json_object();
	char *s;
	for (int i = from; i < to; i++) {
		json_t *x;
		switch (v[i].type) {
		case RV_TEXT:
			x = v[i].s ? json_string(v[i].s) : json_null();
			break;
		case RV_INT:
			x = v[i].nullable && !v[i].l ? json_null() : json_integer(v[i].l);
			break;
		default:
			x = isnan(v[i].d) ? json_null() : json_real(v[i].d);
		}
		json_object_set_new(o, v[i].name, x ? x : json_null());
	}
	s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	return s;
}

int rowval_same(const struct rowval *a, const struct rowval *b)
{
	switch (b->type) {
	case RV_TEXT:
		if (!a->s || !b->s)
			return !a->s && !b->s;
		return !strcmp(a->s, b->s);
	case RV_INT:
		return a->l == b->l;
	default:
		if (isnan(a->d) || isnan(b->d))
			return isnan(a->d) && isnan(b->d);
		return store_same_value(a->d, b->d);
	}
}
