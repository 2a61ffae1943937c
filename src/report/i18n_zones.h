/* i18n_zones.h - the words of zone monitoring (`sb40 zones`) in uz (Latin),
 * uz-Cyrl, ru and en.
 *
 * Why: rankings, findings, obligation lists and the yearly report are read
 * by zone directorates and ministries in their own language.  Indicator
 * names come from the store's indicator table; everything else is here,
 * one table per language (i18n_zones_LANG.c).  tests/unit/test_i18n_zones.c
 * fails when a key is missing in a language or a translation's
 * {placeholders} differ from the English ones.  Templates are filled with
 * i18n_fill() (report/i18n_assess.h).
 *
 * Ownership: static, read-only UTF-8 strings.
 */
#ifndef SB40_REPORT_I18N_ZONES_H
#define SB40_REPORT_I18N_ZONES_H
#include "report/lang.h"

#define ZT_KEYS(X)                                                                     \
	X(T_REPORT) X(T_RANK) X(T_SENS) X(T_IND_RANKS) X(T_WEIGHTS) X(T_INDICATORS) X(T_CHECKS)       \
	X(T_OBLIGATIONS) X(T_TO_ACCEPT) X(T_FULFILMENT) X(T_LOTS) X(T_LOTS_ZONE)       \
	X(T_REGIONS) X(T_FORMS) X(T_TIMELINE) X(T_INFRA)                               \
	X(C_ZONE) X(C_NAME) X(C_RANK) X(C_SCORE) X(C_COVERAGE) X(C_BEST) X(C_WORST)              \
	X(C_SAME) X(C_INDICATOR) X(C_WEIGHT) X(C_DIRECTION) X(C_VALUE) X(C_UNIT)       \
	X(C_RULE) X(C_SEVERITY) X(C_FINDING) X(C_FIRM) X(C_TIN) X(C_KIND) X(C_AMOUNT)  \
	X(C_DUE) X(C_DEADLINE) X(C_ACCEPTED) X(C_STATUS) X(C_DAYS_LEFT) X(C_LOT)       \
	X(C_AREA) X(C_AUCTION_DATE) X(C_OFFERABLE) X(C_UNUSED) X(C_VACANT)             \
	X(C_AT_AUCTION) X(C_LEASED) X(C_REGION) X(C_ZONES) X(C_STATED)                 \
	X(C_ENTERPRISES) X(C_SHARE) X(C_LEGAL_FORM) X(C_TOTAL) X(C_DUE_N)              \
	X(C_ACCEPTED_N) X(C_FULFILLED) X(C_YEAR) X(C_ESTABLISHED) X(C_AREA_HA)         \
	X(C_ENTITY) X(C_PERIOD) X(C_HAVE)                                              \
	/* enum obl_status */                                                          \
	X(S_PENDING) X(S_DUE) X(S_ACCEPTED_IN_TIME) X(S_ACCEPTED_LATE) X(S_OVERDUE)    \
	/* enum lot_state */                                                           \
	X(L_VACANT) X(L_AUCTION_SCHEDULED) X(L_AUCTION_PASSED) X(L_LEASED)             \
	/* enum chk_sev */                                                             \
	X(SEV_INFO) X(SEV_WARNING) X(SEV_ERROR)                                        \
	X(K_INVESTMENT) X(K_JOBS) X(K_EXPORT) X(DIR_UP) X(DIR_DOWN)                    \
	X(N_YEAR) X(N_TODAY) X(N_NORM_MINMAX) X(N_NORM_ZSCORE) X(N_MISSING_RULE)       \
	X(N_NOT_RANKED) X(N_SENS) X(N_NO_FINDINGS) X(N_SUMMARY) X(N_NOTHING)           \
	X(N_FORECAST)                                                                  \
	/* enum chk_rule */                                                            \
	X(R_ZC01) X(R_ZC02) X(R_ZC03) X(R_ZC04) X(R_ZC05) X(R_ZC06) X(R_ZC07)          \
	X(R_ZC08) X(R_ZC09) X(R_ZC10)

enum zt_key {
#define ZT_ENUM(k) ZT_##k,
	ZT_KEYS(ZT_ENUM)
#undef ZT_ENUM
	ZT_COUNT
};

extern const char *const zt_table_uz[ZT_COUNT];
extern const char *const zt_table_uz_cyrl[ZT_COUNT];
extern const char *const zt_table_ru[ZT_COUNT];
extern const char *const zt_table_en[ZT_COUNT];

/* The text of KEY in L ("" when missing).  Static. */
const char *zt_text(enum lang l, enum zt_key key);
/* "R_ZC01", ... (for tests). */
const char *zt_key_name(enum zt_key key);

#endif
