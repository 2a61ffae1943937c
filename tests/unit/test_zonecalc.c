/* test_zonecalc.c - web/zonecalc: weights from a URL, the ranking and the
 * findings as the web shows them (errors first), the zone texts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/zone_report.h"
#include "web/zonecalc.h"

static void test_weights(void **state)
{
	double w[ZI_COUNT];
	struct sb40_error err;
	(void)state;
	assert_int_equal(wz_weights("workers_per_ha:2,enterprises_per_ha:0.5", w, &err), 0);
	assert_true(w[ZI_WORKERS_PER_HA] == 2 && w[ZI_ENTERPRISES_PER_HA] == 0.5);
	assert_true(w[ZI_INFRASTRUCTURE_PCT] == 0);
	assert_int_equal(wz_weights("{\"vacant_area_m2\": 3}", w, &err), 0);
	assert_true(w[ZI_VACANT_AREA_M2] == 3 && w[ZI_WORKERS_PER_HA] == 0);
	assert_int_not_equal(wz_weights("foo:1", w, &err), 0);
	assert_string_equal(err.msg, "unknown indicator \"foo\"");
	assert_int_not_equal(wz_weights("workers_per_ha:x", w, &err), 0);
	assert_int_not_equal(wz_weights("workers_per_ha", w, &err), 0);
	assert_int_not_equal(wz_weights(":1", w, &err), 0);
	assert_int_not_equal(wz_weights("Workers\"}:1", w, &err), 0);
	assert_int_not_equal(wz_weights("workers_per_ha:0", w, &err), 0); /* none positive */
}

static void test_texts(void **state)
{
	const char *names[2] = {"rank", "n"}, *vals[2] = {"3", "8"};
	struct buf b = BUF_INIT;
	(void)state;
	assert_string_equal(wz_text(3, "SEV_ERROR"), "error");
	assert_string_equal(wz_text(2, "S_OVERDUE"), "просрочено");
	assert_string_equal(wz_text(0, "NO_SUCH_KEY"), "NO_SUCH_KEY");
	wz_fill(&b, "rank {rank} of {n}", names, vals, 2);
	assert_string_equal(b.data, "rank 3 of 8");
	buf_release(&b);
}

/* Three zones: A dense and growing, B middling, C sparse; A's count falls
 * 2020 -> 2021 without a note (ZC02, a warning) and C's electricity is 120 %
 * (ZC03, an error) - the error must come first. */
static void build(struct wz_ctx *c)
{
	static const char *const codes[3] = {"A", "B", "C"};
	static const double area[3] = {2, 4, 8};
	memset(c, 0, sizeof *c);
	zone_data_init(&c->d);
	c->lb = calloc(1, sizeof *c->lb);
	assert_non_null(c->lb);
	for (int i = 0; i < 3; i++) {
		struct zd_zone z;
		memset(&z, 0, sizeof z);
		snprintf(z.code, sizeof z.code, "%s", codes[i]);
		z.established = 2015;
		z.area_ha = area[i];
		z.production_area_m2 = NAN;
		zd_add_zone(&c->d, &z);
	}
	zd_add_value(&c->d, 0, ZI_ENTERPRISES, 2020, 30, 0);
	zd_add_value(&c->d, 0, ZI_ENTERPRISES, 2021, 28, 0);
	zd_add_value(&c->d, 0, ZI_WORKERS, 2021, 300, 0);
	zd_add_value(&c->d, 1, ZI_ENTERPRISES, 2021, 20, 0);
	zd_add_value(&c->d, 1, ZI_WORKERS, 2021, 150, 0);
	zd_add_value(&c->d, 2, ZI_ENTERPRISES, 2021, 10, 0);
	zd_add_value(&c->d, 2, ZI_WORKERS, 2021, 40, 0);
	zd_add_value(&c->d, 2, ZI_ELECTRICITY_PCT, 2021, 120, 0);
	zd_index(&c->d);
	c->lang = 3;
	c->year = 2021;
	c->today = (struct zdate){2026, 12, 4};
	c->norm = RANK_MINMAX;
	zone_default_weights(c->w);
}

static void test_ranking(void **state)
{
	struct wz_ctx c;
	struct wz_rank r;
	struct sb40_error err;
	(void)state;
	build(&c);
	assert_int_equal(wz_ranking(&c, &r, &err), 0);
	assert_int_equal(r.m, 3);
	assert_string_equal(c.d.zones[r.zone[0]].code, "A");
	assert_string_equal(c.d.zones[r.zone[2]].code, "C");
	assert_int_equal(r.rank[0], 1);
	assert_int_equal(r.rank[2], 3);
	assert_true(r.best[0] >= 1 && r.worst[0] >= r.best[0] && r.worst[2] <= 3);
	assert_int_equal(r.nind, 5);
	assert_non_null(strstr(r.svg, "<svg class=\"chart rank\" "));
	wz_rank_release(&r);
	c.year = 1999;
	assert_int_not_equal(wz_ranking(&c, &r, &err), 0);
	wz_release(&c);
}

static void test_checks_errors_first(void **state)
{
	struct wz_ctx c;
	struct wz_findings f;
	(void)state;
	build(&c);
	wz_checks(&c, &f);
	assert_true(f.n >= 2);
	assert_int_equal(f.count[CHK_ERROR], 1);
	assert_int_equal(f.count[CHK_WARNING], 1);
	assert_string_equal(f.f[0].rule, "ZC03");
	assert_int_equal(f.f[0].sev, CHK_ERROR);
	assert_string_equal(f.f[0].zone, "C");
	assert_string_equal(f.f[1].rule, "ZC02");
	assert_non_null(strstr(f.f[1].msg, "2021"));
	for (size_t i = 1; i < f.n; i++)
		assert_true(f.f[i - 1].sev >= f.f[i].sev);
	wz_findings_release(&f);
	wz_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weights),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_ranking),
		cmocka_unit_test(test_checks_errors_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
