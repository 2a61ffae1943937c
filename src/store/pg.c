/* pg.c - the PostgreSQL backend of store.h (issue 7: not written yet).
 *
 * Until it is, a postgres:// URL is refused with a clear message rather than
 * mistaken for a file name.
 */
#include "store/store_int.h"

int store_pg_open(const char *url, struct store **out, struct sb40_error *err)
{
	(void)url;
	*out = NULL;
	return error_set(err, SB40_EINVAL, "the PostgreSQL backend is not available in this "
			 "build yet; use a SQLite file");
}
