/* import_web.h - an upload run through io/import for the web, pages and API
 * alike: the role's scope checked first, then import_csv() on the bytes in
 * memory (a dry run validates and rolls back), with every error kept.
 *
 * Ownership: the result's strings are in the request's arena.
 */
#ifndef SB40_WEB_IMPORT_WEB_H
#define SB40_WEB_IMPORT_WEB_H
#include "io/import.h"
#include "web/web_int.h"

#define WEB_IMPORT_MAX_ERRORS 100

struct web_import_error {
	const char *where, *msg;
};

struct web_import {
	struct import_stats stats;
	int ok;           /* 1: imported (or, dry, would be) */
	int forbidden;    /* 1: outside the user's scope */
	int internal;     /* 1: the database failed, not the file */
	size_t nerr;
	struct web_import_error err[WEB_IMPORT_MAX_ERRORS];
};

/* NAME is the file's name in messages (made safe here). */
void web_import_run(struct web_req *r, enum import_kind kind, const char *name, const char *data,
		    size_t len, int dry_run, struct web_import *out);

/* A file name safe to show and to put in messages: the last path part,
 * printable ASCII and UTF-8 kept, at most 80 bytes; "upload.csv" when empty. */
const char *web_import_name(struct web_req *r, const char *name);

#endif
