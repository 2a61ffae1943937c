/* entity.h - the text form of an observed entity, resolved in the store.
 *
 * "zone:CODE", "enterprise:TIN", "region:NAME" (or ISO code) and
 * "country:UZ" name what an observation is about.  Borrowed strings only.
 */
#ifndef SB40_IO_ENTITY_H
#define SB40_IO_ENTITY_H
#include "base/error.h"
#include "store/store.h"

/* Resolve TEXT: *KIND gets a static string ("zone", ...), *ID the row id (0
 * for the country).  Errors: SB40_EINVAL for a malformed text,
 * SB40_ENOTFOUND (with a message) for an unknown one. */
int entity_resolve(struct store *st, const char *text, const char **kind, long *id,
		   struct sb40_error *err);

#endif
