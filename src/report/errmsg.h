/* errmsg.h - error messages in the user's language.
 *
 * Why: a struct sb40_error carries its English text and, besides, the
 * format literal and its typed arguments (base/error.h).  This module looks
 * the English format up in one table per language (errmsg_uz.c,
 * errmsg_uz_cyrl.c, errmsg_ru.c: English format -> translated format) and
 * renders the translation with the stored arguments.  A translation may
 * reorder them with positional specs ("%2$s ... %1$zu").  Numbers print as
 * in English (a message is not a report); the place ("file:line:col" or a
 * JSON path) is never translated.  Whenever something does not fit (no
 * entry, English asked for, a translation whose conversions do not match
 * the English types, an error made without a literal format) the English
 * text is given: a message is never lost.  A string argument that is itself
 * an entry without conversions (a phrase such as "a number from 0 to 1",
 * passed to "expected %s, got %s") is translated too; user values never
 * match one, as messages quote them.
 *
 * LANG is the index of the four languages in the order of enum lang
 * (report/lang.h) and enum i18n_lang (web/i18n_web.h): 0 uz, 1 uz-Cyrl,
 * 2 ru, 3 en; an int so that both can pass theirs.
 *
 * Ownership: the tables are const data; the lookup index is built once
 * (thread-safe) in static storage; the caller owns BUF.
 */
#ifndef SB40_REPORT_ERRMSG_H
#define SB40_REPORT_ERRMSG_H
#include "base/error.h"
#include <stddef.h>

struct errmsg_entry {
	const char *en; /* the English format, exactly as in the source */
	const char *tr; /* its translation */
};

/* The tables, in no particular order (errmsg.c sorts an index). */
extern const struct errmsg_entry errmsg_uz[], errmsg_uz_cyrl[], errmsg_ru[];
extern const size_t errmsg_uz_n, errmsg_uz_cyrl_n, errmsg_ru_n;

/* The translation of the English format EN into LANG, or NULL. */
const char *errmsg_lookup(const char *en, int lang);

/* Render the format TR with the arguments stored in E (as they are, no
 * phrase translated) into BUF (size N;
 * cut at a UTF-8 character boundary when it does not fit).  Returns 0, or
 * -1 (BUF then "") when TR's conversions do not match E's argument types. */
int errmsg_render(const char *tr, const struct sb40_error *e, char *buf, size_t n);

/* E's message (without the place) in LANG, English when no translation
 * fits.  Returns BUF. */
const char *errmsg_msg(const struct sb40_error *e, int lang, char *buf, size_t n);

/* "where: message" (or the message) in LANG, as error_text() in English.
 * Returns BUF. */
const char *errmsg_text(const struct sb40_error *e, int lang, char *buf, size_t n);

#endif
