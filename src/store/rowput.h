/* rowput.h - private to src/store/: one description of the "put a row"
 * rule shared by zones, enterprises, obligations and lots in every backend.
 *
 * A put inserts the row if its key is new (STORE_ADDED); otherwise it reads
 * the stored row, and if any field differs it updates the row and writes an
 * audit line with the row before and after as JSON (STORE_CHANGED); if all
 * fields are the same it does nothing (STORE_UNCHANGED).
 *
 * Values are described as an array of struct rowval, keys first.  Each
 * backend binds them positionally: the SQL texts of a table list keys then
 * fields in the same order.
 */
#ifndef SB40_STORE_ROWPUT_H
#define SB40_STORE_ROWPUT_H
#include "store/store.h"

enum rowval_type { RV_TEXT, RV_INT, RV_REAL };

struct rowval {
	const char *name;
	enum rowval_type type;
	const char *s; /* RV_TEXT; NULL = SQL NULL */
	long l;        /* RV_INT; 0 = SQL NULL when nullable */
	double d;      /* RV_REAL; NaN = SQL NULL */
	int nullable;  /* RV_INT only: 0 means NULL */
};

enum rowput_table { RP_ZONE, RP_ENTERPRISE, RP_OBLIGATION, RP_LOT, RP_NTABLES };

struct rowput_desc {
	const char *table;
	int nkey, nval;  /* keys, then fields, in struct rowval arrays of nkey+nval */
	const char *ins; /* INSERT ... VALUES (?1..?n) ON CONFLICT DO NOTHING */
	const char *get; /* SELECT fields FROM t WHERE keys = ?1..?nkey */
	const char *upd; /* UPDATE t SET fields = ?nkey+1.. WHERE keys = ?1..?nkey */
};

extern const struct rowput_desc rowput_tables[RP_NTABLES];

/* Fill V (size >= 9) for each kind of row; returns the entity text for the
 * audit ("zone:CODE", ...) in ENTITY (size 128). */
void rowput_zone(const struct store_zone *z, struct rowval *v, char *entity);
void rowput_enterprise(const struct store_enterprise *e, struct rowval *v, char *entity);
void rowput_obligation(const struct store_obligation *o, struct rowval *v, char *entity);
void rowput_lot(const struct store_lot *l, struct rowval *v, char *entity);

/* JSON object text of the fields V[from..to); caller frees with free(). */
char *rowput_json(const struct rowval *v, int from, int to);

/* Whether stored value A equals new value B. */
int rowval_same(const struct rowval *a, const struct rowval *b);

#endif
