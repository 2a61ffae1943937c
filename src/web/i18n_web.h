/* i18n_web.h - the dashboard's words in uz (Latin, the default), uz-Cyrl,
 * ru and en, and the choice of language for a request.
 *
 * Why: every string a page shows goes through one table per language
 * (i18n_web_LANG.c; lookup in i18n_web.c); tests/unit/test_web.c fails when any key lacks a text in any
 * language.  Keys are an enum generated from one list (I18N_WEB_KEYS), so a
 * key is added in one place and every table must then fill it.
 *
 * The choice: ?lang= wins, then the sb40_lang cookie, then the best of
 * Accept-Language (q-values honoured), then uz.
 * Ownership: all texts are static.
 */
#ifndef SB40_WEB_I18N_WEB_H
#define SB40_WEB_I18N_WEB_H

enum i18n_lang { LANG_UZ, LANG_UZ_CYRL, LANG_RU, LANG_EN, LANG_N };

#define I18N_WEB_KEYS(X) \
	X(I_APP_TAGLINE) \
	X(I_FOOTER) \
	X(I_OVERVIEW) \
	X(I_OVERVIEW_LEAD) \
	X(I_ZONES) \
	X(I_HA) \
	X(I_FIRMS_IN_ZONES) \
	X(I_ZONES_REPORTING) \
	X(I_NO_DATA) \
	X(I_WORKERS) \
	X(I_INVESTMENT) \
	X(I_MLN_UZS) \
	X(I_EXPORT) \
	X(I_THOUSAND_USD) \
	X(I_REGISTERED_FIRMS) \
	X(I_VALUES_STORED) \
	X(I_FIRMS_OVER_TIME) \
	X(I_FIRMS_OVER_TIME_NOTE) \
	X(I_FIRMS_BY_FORM) \
	X(I_ZONES_PER_REGION) \
	X(I_REGION) \
	X(I_ZONES_LEAD) \
	X(I_FIRMS_PER_ZONE) \
	X(I_FILTER) \
	X(I_CODE) \
	X(I_NAME) \
	X(I_KIND) \
	X(I_ESTABLISHED) \
	X(I_AREA_HA) \
	X(I_FIRMS) \
	X(I_INFRASTRUCTURE) \
	X(I_DISTRICT) \
	X(I_PRODUCTION_AREA) \
	X(I_SPECIALISATION) \
	X(I_INDICATORS_OVER_TIME) \
	X(I_INDICATOR) \
	X(I_UNIT) \
	X(I_REVISION_HISTORY) \
	X(I_REVISED_NOTE) \
	X(I_OBLIGATIONS) \
	X(I_NONE) \
	X(I_FIRM) \
	X(I_AMOUNT) \
	X(I_DUE) \
	X(I_ACCEPTED) \
	X(I_OVERDUE) \
	X(I_PENDING) \
	X(I_LOTS) \
	X(I_LOT) \
	X(I_AREA_M2) \
	X(I_STATUS) \
	X(I_AUCTION_DATE) \
	X(I_NORMALISATION) \
	X(I_NORM_MINMAX) \
	X(I_NORM_ZSCORE) \
	X(I_RANK_RANGE) \
	X(I_ZONE_FORECAST_LINK) \
	X(I_DERIVED_INDICATORS) \
	X(I_HIDDEN_INDICATORS) \
	X(I_INDICATOR_SYSTEM) \
	X(I_INDICATOR_SYSTEM_LEAD) \
	X(I_ZONE_REGISTRY) \
	X(I_RANK_OF) \
	X(I_LATEST_FINDINGS) \
	X(I_ZONE_FINDINGS) \
	X(I_NO_ZONE_VALUES) \
	X(I_DATA) \
	X(I_DATA_LEAD) \
	X(I_UPLOAD) \
	X(I_UPLOAD_HINT) \
	X(I_CSV_FILE) \
	X(I_CHECK_FILE) \
	X(I_ENTITY) \
	X(I_PERIOD) \
	X(I_SHOW) \
	X(I_AUDIT_LOG) \
	X(I_IMPORT_RESULT) \
	X(I_VALIDATION_REPORT) \
	X(I_ROWS) \
	X(I_ADDED) \
	X(I_CHANGED) \
	X(I_UNCHANGED) \
	X(I_ERRORS) \
	X(I_NOTHING_WRITTEN) \
	X(I_PLACE) \
	X(I_MESSAGE) \
	X(I_DRY_RUN_OK) \
	X(I_CONFIRM_IMPORT) \
	X(I_CANCEL) \
	X(I_IMPORT_DONE) \
	X(I_REVISION) \
	X(I_VALUE) \
	X(I_SOURCE) \
	X(I_RECORDED_AT) \
	X(I_RECORDED_BY) \
	X(I_REVISIONS_NOTE) \
	X(I_ACTION) \
	X(I_BEFORE) \
	X(I_AFTER) \
	X(I_NEWER) \
	X(I_OLDER) \
	X(I_REGRESSION) \
	X(I_REGRESSION_LEAD) \
	X(I_CHOOSE_COLUMNS) \
	X(I_DEPENDENT) \
	X(I_REGRESSORS) \
	X(I_FIT) \
	X(I_COEFFICIENTS) \
	X(I_VARIABLE) \
	X(I_ESTIMATE) \
	X(I_STD_ERROR) \
	X(I_ADJUSTED) \
	X(I_FORECAST) \
	X(I_FC_LEAD) \
	X(I_FC_STORED) \
	X(I_FC_UPLOAD) \
	X(I_FC_FORMATS) \
	X(I_FC_METHOD) \
	X(I_FC_HORIZON) \
	X(I_FC_LEVELS) \
	X(I_FC_ORIGINS_K) \
	X(I_FC_RUN) \
	X(I_FC_MODEL) \
	X(I_FC_BACKTEST) \
	X(I_FC_BACKTEST_NOTE) \
	X(I_FC_NO_BACKTEST) \
	X(I_FC_ORIGINS) \
	X(I_FC_POINTS) \
	X(I_FC_COVERAGE) \
	X(I_FC_DOWNLOAD) \
	X(I_FC_VALUES) \
	X(I_FC_FILL) \
	X(I_FC_FILL_NONE) \
	X(I_FC_FILL_LINEAR) \
	X(I_FC_FILL_PREVIOUS) \
	X(I_FC_FILL_ZERO) \
	X(I_USERS) \
	X(I_LOGIN) \
	X(I_ROLE) \
	X(I_SCOPE) \
	X(I_CREATED) \
	X(I_DISABLED) \
	X(I_ACTIVE) \
	X(I_ENABLE) \
	X(I_DISABLE) \
	X(I_NEW_PASSWORD) \
	X(I_RESET) \
	X(I_ADD_USER) \
	X(I_ADD) \
	X(I_PASSWORD) \
	X(I_SCOPE_NOTE) \
	X(I_USER_ADDED) \
	X(I_SAVED) \
	X(I_SIGN_IN) \
	X(I_SIGN_IN_HINT) \
	X(I_WRONG_LOGIN) \
	X(I_TOO_MANY_TRIES) \
	X(I_LOGOUT) \
	X(I_ERROR) \
	X(I_BACK_HOME) \
	X(I_V_ADMIN) \
	X(I_V_ANALYST) \
	X(I_V_ZONE_MANAGER) \
	X(I_V_ENTERPRISE) \
	X(I_V_LLC) \
	X(I_V_PRIVATE) \
	X(I_V_FAMILY) \
	X(I_V_UNITARY) \
	X(I_V_JSC) \
	X(I_V_FARM) \
	X(I_V_INDIVIDUAL) \
	X(I_V_SMALL_INDUSTRIAL) \
	X(I_V_YOUTH_INDUSTRIAL) \
	X(I_V_ENTREPRENEURSHIP) \
	X(I_V_VACANT) \
	X(I_V_AUCTION) \
	X(I_V_LEASED) \
	X(I_V_INVESTMENT) \
	X(I_V_JOBS) \
	X(I_V_EXPORT) \
	X(I_V_K_ZONES) \
	X(I_V_K_ENTERPRISES) \
	X(I_V_K_OBSERVATIONS) \
	X(I_V_K_OBLIGATIONS) \
	X(I_V_K_LOTS) \
	X(I_ZONES_REPORTED) \
	X(I_ZONES_REGISTERED) \
	X(I_ZONES_PER_REGION_NOTE) \
	X(I_REGIONS_WITHOUT) \
	X(I_U_COUNT) \
	X(I_U_PERSONS) \
	X(I_U_BLN_UZS) \
	X(I_U_M2) \
	X(I_U_PER_HA) \
	X(I_U_MLN_UZS_PER_HA) \
	X(I_ASSESSMENTS) \
	X(I_ASSESS_LEAD) \
	X(I_MATURITY_HINT) \
	X(I_INNOVATION_HINT) \
	X(I_NEW_ASSESSMENT) \
	X(I_PAST_ASSESSMENTS) \
	X(I_NO_ASSESSMENTS) \
	X(I_ABOUT_FIRM) \
	X(I_TIN) \
	X(I_ZONE) \
	X(I_SECTOR) \
	X(I_NOT_APPLICABLE) \
	X(I_TARGET_LEVEL) \
	X(I_ASSESS_SAVE) \
	X(I_DOCUMENT) \
	X(I_JSON_FILE) \
	X(I_RESULT) \
	X(I_DOWNLOAD_JSON) \
	X(I_YOUR_FIRM) \
	X(I_KIND_MATURITY) \
	X(I_KIND_INNOVATION) \
	X(I_ASSESS_FAILED) \
	/* innovation form */ \
	X(I_IF_FORM_LEAD) \
	X(I_IF_ADVANCED) \
	X(I_IF_MORE_ROWS) \
	X(I_IF_LEVEL_1) \
	X(I_IF_LEVEL_2) \
	X(I_IF_LEVEL_3) \
	X(I_IF_LEVEL_4) \
	X(I_IF_LEVEL_5) \
	X(I_IF_CHOOSE) \
	X(I_IF_SWOT_HINT) \
	X(I_IF_MAJOR) \
	X(I_IF_MINOR) \
	X(I_IF_RESP_1) \
	X(I_IF_RESP_2) \
	X(I_IF_RESP_3) \
	X(I_IF_RESP_4) \
	X(I_IF_MARKET) \
	X(I_IF_IMITATION_TYPE) \
	X(I_IF_SALES) \
	X(I_IF_SALES_HINT) \
	X(I_IF_PERIOD) \
	X(I_IF_VALUE) \
	X(I_IF_CRITERIA) \
	X(I_IF_DESCRIPTION) \
	X(I_IF_WEIGHTING) \
	X(I_IF_BY_WEIGHTS) \
	X(I_IF_BY_PAIRWISE) \
	X(I_IF_PAIRWISE) \
	X(I_IF_PAIRWISE_HINT) \
	X(I_IF_CANDIDATES) \
	X(I_IF_SCORES_HINT) \
	X(I_IF_TIN_FIXED) \
	X(I_IF_FIX_FIELD) \
	X(I_IF_ROW) \
	/* assessment lists */ \
	X(I_ALL_KINDS) \
	X(I_RECORDED_ZONE) \
	X(I_CLEAR_FILTERS) \
	X(I_PAGE) \
	X(I_ASSESS_TOTAL) \
	X(I_ZONE_FIRMS_NOTE) \

enum i18n_key {
#define I18N_ENUM(k) k,
	I18N_WEB_KEYS(I18N_ENUM)
#undef I18N_ENUM
	I_N
};

/* The text of K in L (never NULL: a missing one shows the English text). */
const char *i18n_web_text(enum i18n_lang l, enum i18n_key k);
/* The table entry itself, NULL when missing (for the completeness test). */
const char *i18n_web_raw(enum i18n_lang l, enum i18n_key k);
/* "I_OVERVIEW" for I_OVERVIEW. */
const char *i18n_web_key_name(enum i18n_key k);

/* "uz", "uz-Cyrl", "ru", "en". */
const char *i18n_web_lang_code(enum i18n_lang l);
/* A code (case-insensitive) to its language; -1 when not one of the four. */
int i18n_web_lang_parse(const char *s);
/* The language for a request: QUERY (?lang=), COOKIE, ACCEPT
 * (Accept-Language); each may be NULL. */
enum i18n_lang i18n_web_negotiate(const char *query, const char *cookie, const char *accept);

/* A stored value shown in L: "limited liability company", "vacant",
 * "small-industrial", "investment", "zones" ...; unknown values come back
 * as they are. */
const char *i18n_web_value(enum i18n_lang l, const char *value);
/* The key naming ROLE ("admin" -> I_V_ADMIN). */
enum i18n_key i18n_web_role_key(const char *role);

/* The tables, one per language (i18n_web_LANG.c), indexed by enum i18n_key;
 * a missing entry is NULL (i18n_web_raw shows it, the unit test fails on it). */
extern const char *const iw_table_uz[I_N];
extern const char *const iw_table_uz_cyrl[I_N];
extern const char *const iw_table_ru[I_N];
extern const char *const iw_table_en[I_N];

#endif
