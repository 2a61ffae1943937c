/* route.c - segment-by-segment matching of "/a/{b}/c" patterns. */
#include "web/route.h"
#include <string.h>

unsigned route_role_bit(const char *role)
{
	if (!role)
		return 0;
	if (!strcmp(role, "admin"))
		return R_ADMIN;
	if (!strcmp(role, "analyst"))
		return R_ANALYST;
	if (!strcmp(role, "zone_manager"))
		return R_ZONE;
	if (!strcmp(role, "enterprise"))
		return R_ENT;
	return 0;
}

int route_match(const char *pattern, const char *path, struct route_caps *caps)
{
	const char *p = pattern, *s = path;
	caps->n = 0;
	if (*p != '/' || *s != '/')
		return 0;
	while (*p && *s) {
		if (*p == '/' && *s == '/') {
			p++;
			s++;
			continue;
		}
		if (p[0] == '*' && p[1] == '\0') {
			if (caps->n == ROUTE_MAX_CAPS || !*s)
				return 0;
			caps->at[caps->n] = s;
			caps->len[caps->n++] = strlen(s);
			return 1;
		}
		if (*p == '{') {
			const char *end = strchr(p, '}');
			size_t n = strcspn(s, "/");
			if (!end || n == 0 || caps->n == ROUTE_MAX_CAPS)
				return 0;
			caps->at[caps->n] = s;
			caps->len[caps->n++] = n;
			p = end + 1;
			s += n;
			continue;
		}
		if (*p != *s)
			return 0;
		p++;
		s++;
	}
	return *p == '\0' && *s == '\0';
}

const struct route *route_find(const struct route *table, const char *method, const char *path,
			       struct route_caps *caps, int *path_known)
{
	struct route_caps tmp;
	*path_known = 0;
	for (const struct route *r = table; r->pattern; r++) {
		if (!route_match(r->pattern, path, &tmp))
			continue;
		if (!strcmp(r->method, method) ||
		    (!strcmp(method, "HEAD") && !strcmp(r->method, "GET"))) {
			*caps = tmp;
			return r;
		}
		*path_known = 1;
	}
	return NULL;
}
