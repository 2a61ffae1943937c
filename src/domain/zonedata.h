/* zonedata.h - the zones, their yearly values, obligations and lots, as
 * plain structs.
 *
 * Why: every zone-monitoring computation (derived indicators, rankings,
 * consistency checks, obligations, lots) works on this one picture of the
 * registry, built by io/zoneload from the store or by hand in the tests.
 * Values are yearly (quarterly observations are not used here); a missing
 * value is NaN, never 0.  Pure: no I/O, no globals.
 *
 * Building: zone_data_init(), zd_add_zone() for each zone, zd_add_value()
 * for each observed (zone, indicator, year) value, then zd_index() once;
 * after that zd_get() answers in constant time.  Obligations, lots, legal
 * forms and regions are appended with the zd_add_* functions at any time.
 *
 * Ownership: a struct zone_data owns every array in it; zone_data_release()
 * frees them all.  Strings are copied in (cut to the field's size).
 */
#ifndef SB40_DOMAIN_ZONEDATA_H
#define SB40_DOMAIN_ZONEDATA_H
#include <stddef.h>

/* The zone indicators sb40 works with: the stored ones first, then the
 * derived ones (domain/zoneind), codes as in migration 0003. */
enum zd_ind {
	ZI_ENTERPRISES, ZI_WORKERS, ZI_OUTPUT, ZI_INVESTMENT, ZI_EXPORT,
	ZI_ELECTRICITY_PCT, ZI_GAS_PCT, ZI_WATER_PCT, ZI_ROADS_PCT, ZI_INFRASTRUCTURE_PCT,
	ZI_AREA_USED_PCT, ZI_VACANT_AREA_M2,
	ZI_NSTORED,
	ZI_ENTERPRISES_PER_HA = ZI_NSTORED, ZI_WORKERS_PER_HA, ZI_WORKERS_PER_ENTERPRISE,
	ZI_OUTPUT_PER_HA, ZI_GROWTH_ENTERPRISES_PCT, ZI_CAGR_ENTERPRISES_PCT,
	ZI_OBLIGATIONS_FULFILLED_PCT,
	ZI_COUNT
};

/* "enterprises", ...; NULL for an index out of range. */
const char *zd_ind_code(int ind);
/* The index of CODE, or -1. */
int zd_ind_parse(const char *code);
/* 1 higher is better, -1 lower is better (vacant_area_m2). */
int zd_ind_direction(int ind);
/* 1 for the coverage percentages bounded to 0..100. */
int zd_ind_is_share(int ind);

struct zd_zone {
	char code[48];
	char name[128];
	char region[128];     /* the region's English name */
	char district[96];
	int established;      /* year, 0 when unknown */
	double area_ha;       /* NaN when unknown */
	double production_area_m2;
};

/* A value stored on a region (city totals, zones counted per region). */
struct zd_region_value {
	char region[128];
	char ind[48];         /* indicator code */
	int year;
	double value;
};

/* A participant's obligation (see domain/obligation.h for its status). */
struct zd_obligation {
	char tin[16];
	char firm[160];
	char zone[48];
	char kind[16];        /* investment, jobs, export */
	double amount;
	char unit[32];
	char due[11];         /* YYYY-MM-DD */
	char accepted[11];    /* YYYY-MM-DD, "" when not accepted */
};

/* A plot inside a zone. */
struct zd_lot {
	char zone[48];
	char lot[32];
	double area_m2;
	char status[16];      /* vacant, auction, leased */
	char auction_date[11];/* "" when none */
};

/* A name with a count: enterprises by legal form, zones per region. */
struct zd_count {
	char name[128];       /* regions: the English name */
	char names[4][128];   /* regions: uz, uz-Cyrl, ru, en ("" when not set) */
	long count;
	double stated;        /* regions: the stored `zones` count, NaN when none */
};

struct zd_pending;        /* values before zd_index() */

struct zone_data {
	size_t nzones;
	struct zd_zone *zones;
	int year0, nyears;    /* the years values exist for; nyears 0 when none */
	double *val;          /* [(z * ZI_NSTORED + ind) * nyears + year - year0] */
	unsigned char *noted; /* same shape: 1 when the value's source carries a
			       * note (text after ';'), an explanation */
	size_t nregion_values;
	struct zd_region_value *region_values;
	size_t nobl;
	struct zd_obligation *obl;
	size_t nlots;
	struct zd_lot *lots;
	size_t nforms;
	struct zd_count *forms;   /* enterprises by legal form */
	size_t nregions;
	struct zd_count *regions; /* zones registered per region */
	struct zd_pending *pending;
};

void zone_data_init(struct zone_data *d);
void zone_data_release(struct zone_data *d);

/* Append a zone; returns its index. */
size_t zd_add_zone(struct zone_data *d, const struct zd_zone *z);
/* The index of zone CODE, or -1. */
long zd_zone_index(const struct zone_data *d, const char *code);
/* Record a stored value of zone Z (before zd_index()). A later value for the
 * same (zone, indicator, year) replaces the earlier one. */
void zd_add_value(struct zone_data *d, size_t z, int ind, int year, double v, int noted);
/* Lay the recorded values out for zd_get(). */
void zd_index(struct zone_data *d);
/* The stored value, NaN when missing (or IND is derived). */
double zd_get(const struct zone_data *d, size_t z, int ind, int year);
/* 1 when the stored value carries a note. */
int zd_noted(const struct zone_data *d, size_t z, int ind, int year);

void zd_add_region_value(struct zone_data *d, const struct zd_region_value *v);
void zd_add_obligation(struct zone_data *d, const struct zd_obligation *o);
void zd_add_lot(struct zone_data *d, const struct zd_lot *l);
void zd_add_form(struct zone_data *d, const char *form, long count);
void zd_add_region(struct zone_data *d, const char *region, long zones, double stated);

/* The latest year with any stored zone value, 0 when none. */
int zd_latest_year(const struct zone_data *d);

#endif
