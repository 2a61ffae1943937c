/* i18n_assess.h - the words of the innovation and maturity assessments in
 * uz (Latin), uz-Cyrl, ru and en.
 *
 * Why: the reasons, labels, guidance and questionnaire levels of the
 * assessments are read by firms in their own language; the domain modules
 * return codes and numbers, and these tables put them into words.  One
 * table per language (i18n_assess_LANG.c); tests/unit/test_i18n_assess.c
 * fails when a key is missing in any language or when a translation's
 * {placeholders} differ from the English ones.
 *
 * Templates name their arguments: "{candidate} ranks first (closeness
 * {score})", so that each language orders them as its grammar wants.
 *
 * Ownership: every string is static, read-only, UTF-8; nothing to free.
 */
#ifndef SB40_REPORT_I18N_ASSESS_H
#define SB40_REPORT_I18N_ASSESS_H
#include <stddef.h>
#include "base/buf.h"
#include "report/lang.h"

/* Keys in groups; code maps enums onto a group by offset, so each group's
 * order is the order of its enum in domain/ (noted beside it). */
#define IA_KEYS(X)                                                                     \
	X(TITLE_INNOVATION) X(TITLE_MATURITY) X(FIRM) X(PRODUCT) X(VERDICT)            \
	X(VERDICT_GO) X(VERDICT_NO_GO) X(LIFECYCLE) X(LC_DETAIL)                       \
	/* enum lc_phase */                                                            \
	X(PHASE_INTRODUCTION) X(PHASE_GROWTH) X(PHASE_MATURITY) X(PHASE_DECLINE)       \
	X(WEIGHTS) X(WEIGHTS_AHP) X(WEIGHTS_DIRECT) X(CRITERION) X(WEIGHT)             \
	X(DIRECTION) X(DIR_BENEFIT) X(DIR_COST)                                        \
	X(CAPABILITIES) X(SCORE_OF_5)                                                  \
	/* enum capability */                                                          \
	X(CAP_MASTERING) X(CAP_PRODUCTION) X(CAP_STAFF) X(CAP_FUNDS) X(CAP_RESEARCH)   \
	X(CAP_RAW_MATERIALS)                                                           \
	X(SWOT) X(FACTOR) X(RATING) X(WEIGHTED) X(TOTAL)                               \
	/* enum swot_kind */                                                           \
	X(STRENGTHS) X(WEAKNESSES) X(OPPORTUNITIES) X(THREATS)                         \
	X(IFE) X(EFE) X(POSITION) X(POSITION_TEXT)                                     \
	/* enum ie_strategy */                                                         \
	X(IE_GROW) X(IE_HOLD) X(IE_HARVEST)                                            \
	X(RANKING) X(TOPSIS) X(WSUM) X(CANDIDATE) X(SCORE) X(RANK) X(PROPERTY)         \
	X(EXCLUDED_PATENT)                                                             \
	/* enum property_status */                                                     \
	X(PROP_PUBLIC) X(PROP_LICENSED) X(PROP_PATENT) X(PROP_TRADEMARK)               \
	X(SENSITIVITY) X(SENS_NOTE) X(WINNER) X(NONE)                                  \
	X(REASONS)                                                                     \
	/* enum innov_severity */                                                      \
	X(SEV_BLOCKER) X(SEV_WARNING) X(SEV_INFO)                                      \
	X(GUIDANCE)                                                                    \
	/* enum imitation_type */                                                      \
	X(TYPE_PRODUCT) X(TYPE_TECHNOLOGY) X(TYPE_MARKET) X(TYPE_RAW_MATERIAL)         \
	X(TYPE_ORGANISATION)                                                           \
	/* enum imitation_type x 3 steps */                                            \
	X(GUIDE_PRODUCT_1) X(GUIDE_PRODUCT_2) X(GUIDE_PRODUCT_3)                       \
	X(GUIDE_TECHNOLOGY_1) X(GUIDE_TECHNOLOGY_2) X(GUIDE_TECHNOLOGY_3)              \
	X(GUIDE_MARKET_1) X(GUIDE_MARKET_2) X(GUIDE_MARKET_3)                          \
	X(GUIDE_RAW_MATERIAL_1) X(GUIDE_RAW_MATERIAL_2) X(GUIDE_RAW_MATERIAL_3)        \
	X(GUIDE_ORGANISATION_1) X(GUIDE_ORGANISATION_2) X(GUIDE_ORGANISATION_3)        \
	/* enum innov_rule */                                                          \
	X(R_DECLINE) X(R_ALL_EXCLUDED) X(R_NO_MASTERING) X(R_NO_PRODUCTION)            \
	X(R_MATURITY) X(R_INTRODUCTION) X(R_GROWTH) X(R_POSITION) X(R_HARVEST)         \
	X(R_TYPE_NEEDS) X(R_WEAK_CAPABILITY) X(R_PATENT) X(R_TRADEMARK) X(R_AHP_OK)    \
	X(R_WINNER) X(R_DISAGREE) X(R_SENSITIVE) X(R_ROBUST) X(R_GO)                   \
	/* maturity */                                                                 \
	X(OVERALL) X(STAGE) X(PILLARS) X(BLOCKS) X(BLOCK) X(ANSWER) X(TARGET)          \
	X(INDEX) X(GAP) X(NEXT_STEP) X(GAPS) X(NOT_APPLICABLE) X(NO_GAPS)              \
	X(PREREQUISITE) X(CAPPED) X(CHART_FIRM) X(CHART_TARGET)                        \
	X(PEERS) X(PEERS_NOTE) X(THIS_FIRM) X(PEER_LINE) X(PEER_NONE) X(PEER_UNKNOWN)  \
	X(CHART_PEERS)                                                                 \
	/* enum peer_group */                                                          \
	X(PEER_ZONE) X(PEER_REGION) X(PEER_SECTOR)                                     \
	/* stage 0..4 */                                                               \
	X(STAGE_0) X(STAGE_1) X(STAGE_2) X(STAGE_3) X(STAGE_4)                         \
	/* enum mat_pillar */                                                          \
	X(PILLAR_FOUNDATIONS) X(PILLAR_OPERATIONS) X(PILLAR_INTELLIGENCE)              \
	X(PILLAR_MARKET)                                                               \
	/* enum mat_block */                                                           \
	X(B_AUTOMATION) X(B_CONNECTIVITY) X(B_ONLINE_SALES) X(B_LIFE_CYCLE)            \
	X(B_INTERNET_IOT) X(B_CLOUD) X(B_ROBOTISATION) X(B_PRINTING_3D)                \
	X(B_INTEGRATION) X(B_MODELLING) X(B_AI) X(B_MARKETING) X(B_ADVERTISING)        \
	/* enum mat_block x level 0..4 */                                              \
	X(L_AUTOMATION_0) X(L_AUTOMATION_1) X(L_AUTOMATION_2) X(L_AUTOMATION_3)        \
	X(L_AUTOMATION_4)                                                              \
	X(L_CONNECTIVITY_0) X(L_CONNECTIVITY_1) X(L_CONNECTIVITY_2)                    \
	X(L_CONNECTIVITY_3) X(L_CONNECTIVITY_4)                                        \
	X(L_ONLINE_SALES_0) X(L_ONLINE_SALES_1) X(L_ONLINE_SALES_2)                    \
	X(L_ONLINE_SALES_3) X(L_ONLINE_SALES_4)                                        \
	X(L_LIFE_CYCLE_0) X(L_LIFE_CYCLE_1) X(L_LIFE_CYCLE_2) X(L_LIFE_CYCLE_3)        \
	X(L_LIFE_CYCLE_4)                                                              \
	X(L_INTERNET_IOT_0) X(L_INTERNET_IOT_1) X(L_INTERNET_IOT_2)                    \
	X(L_INTERNET_IOT_3) X(L_INTERNET_IOT_4)                                        \
	X(L_CLOUD_0) X(L_CLOUD_1) X(L_CLOUD_2) X(L_CLOUD_3) X(L_CLOUD_4)               \
	X(L_ROBOTISATION_0) X(L_ROBOTISATION_1) X(L_ROBOTISATION_2)                    \
	X(L_ROBOTISATION_3) X(L_ROBOTISATION_4)                                        \
	X(L_PRINTING_3D_0) X(L_PRINTING_3D_1) X(L_PRINTING_3D_2) X(L_PRINTING_3D_3)    \
	X(L_PRINTING_3D_4)                                                             \
	X(L_INTEGRATION_0) X(L_INTEGRATION_1) X(L_INTEGRATION_2) X(L_INTEGRATION_3)    \
	X(L_INTEGRATION_4)                                                             \
	X(L_MODELLING_0) X(L_MODELLING_1) X(L_MODELLING_2) X(L_MODELLING_3)            \
	X(L_MODELLING_4)                                                               \
	X(L_AI_0) X(L_AI_1) X(L_AI_2) X(L_AI_3) X(L_AI_4)                              \
	X(L_MARKETING_0) X(L_MARKETING_1) X(L_MARKETING_2) X(L_MARKETING_3)            \
	X(L_MARKETING_4)                                                               \
	X(L_ADVERTISING_0) X(L_ADVERTISING_1) X(L_ADVERTISING_2) X(L_ADVERTISING_3)    \
	X(L_ADVERTISING_4)

enum ia_key {
#define IA_ENUM(k) IA_##k,
	IA_KEYS(IA_ENUM)
#undef IA_ENUM
	IA_COUNT
};

/* The tables, one per language (i18n_assess_LANG.c); entries never NULL
 * once the test passes. */
extern const char *const ia_table_uz[IA_COUNT];
extern const char *const ia_table_uz_cyrl[IA_COUNT];
extern const char *const ia_table_ru[IA_COUNT];
extern const char *const ia_table_en[IA_COUNT];

/* The text of KEY in LANG ("" if missing).  Borrowed, static. */
const char *ia_text(enum lang l, enum ia_key key);

/* The key's name without the prefix, e.g. "R_DECLINE" (for tests). */
const char *ia_key_name(enum ia_key key);

/* A template argument: {NAME} is replaced by VALUE. */
struct ia_arg {
	const char *name;
	const char *value;
};

/* Append template TMPL to OUT with its {placeholders} replaced by ARGS[N];
 * an unknown placeholder is copied as it stands (shared by the zone texts,
 * report/i18n_zones.h). */
void i18n_fill(struct buf *out, const char *tmpl, const struct ia_arg *args, size_t n);

/* Append KEY's text in LANG to OUT with its {placeholders} replaced by
 * ARGS[N]; an unknown placeholder is copied as it stands. */
void ia_render(struct buf *out, enum lang l, enum ia_key key, const struct ia_arg *args,
	       size_t n);

/* Append X with DECIMALS digits and the language's decimal separator;
 * PLUS adds "+" to positive numbers.  NaN is written "-". */
void ia_number(struct buf *out, enum lang l, double x, int decimals, int plus);

/* Same, into OUT (size N), for template arguments; returns OUT. */
char *ia_numstr(char *out, size_t n, enum lang l, double x, int decimals, int plus);

#endif
