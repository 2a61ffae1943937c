/* entity.c - "kind:key" -> (kind, id). */
#include "io/entity.h"
#include <string.h>

int entity_resolve(struct store *st, const char *text, const char **kind, long *id,
		   struct sb40_error *err)
{
	char q[128];
	const char *key = strchr(text, ':');
	int rc;
	if (!key || !key[1]) {
		return error_set(err, SB40_EINVAL, "expected an entity zone:CODE, enterprise:TIN, "
				 "region:NAME or country:UZ, got %s",
				 error_quote(q, sizeof q, text, strlen(text)));
	}
	key++;
	if (!strncmp(text, "zone:", 5)) {
		*kind = "zone";
		rc = store_zone_id(st, key, id, err);
	} else if (!strncmp(text, "enterprise:", 11)) {
		*kind = "enterprise";
		rc = store_enterprise_id(st, key, id, NULL, err);
	} else if (!strncmp(text, "region:", 7)) {
		*kind = "region";
		rc = store_region_id(st, key, id, err);
	} else if (!strcmp(text, "country:UZ")) {
		*kind = "country";
		*id = 0;
		return 0;
	} else {
		return error_set(err, SB40_EINVAL, "expected an entity zone:CODE, enterprise:TIN, "
				 "region:NAME or country:UZ, got %s",
				 error_quote(q, sizeof q, text, strlen(text)));
	}
	if (rc == SB40_ENOTFOUND) {
		/* whole formats per kind, so that each translates */
		error_quote(q, sizeof q, key, strlen(key));
		if (**kind == 'z')
			return error_set(err, SB40_ENOTFOUND, "unknown zone %s", q);
		if (**kind == 'e')
			return error_set(err, SB40_ENOTFOUND, "unknown enterprise %s", q);
		return error_set(err, SB40_ENOTFOUND, "unknown region %s", q);
	}
	return rc;
}
