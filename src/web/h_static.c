/* h_static.c - the assets compiled into the binary (src/web/assets/), and
 * a health check.  Only names with an asset's extension are served: the
 * migrations and demo data in the same embedded table are not. */
#include "web/web_int.h"
#include "web/handlers.h"
#include "base/embed.h"
#include <string.h>

static const struct {
	const char *ext, *ctype;
} types[] = {
	{".css", "text/css; charset=utf-8"},
	{".js", "text/javascript; charset=utf-8"},
	{".svg", "image/svg+xml"},
	{".json", "application/json; charset=utf-8"},
};

const char *web_asset_type(const char *name)
{
	size_t n = strlen(name);
	if (strchr(name, '/') || strstr(name, ".."))
		return NULL;
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
		size_t e = strlen(types[i].ext);
		if (n > e && !strcmp(name + n - e, types[i].ext))
			return types[i].ctype;
	}
	return NULL;
}

int h_static(struct web_req *r)
{
	const char *name = r->cap[0], *ctype = web_asset_type(name);
	const struct embedded_file *f = ctype && strcmp(name, "openapi.json") ? embed_find(name)
									       : NULL;
	if (!f)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", NULL, "no file %s", r->path);
	return web_send_static(r, MHD_HTTP_OK, ctype, f->data, f->size, "public, max-age=3600");
}

int h_health(struct web_req *r)
{
	return web_send_static(r, MHD_HTTP_OK, "text/plain; charset=utf-8", "ok\n", 3, NULL);
}

int h_openapi(struct web_req *r)
{
	const struct embedded_file *f = embed_find("openapi.json");
	if (!f)
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", NULL, "no OpenAPI document");
	return web_send_static(r, MHD_HTTP_OK, "application/json; charset=utf-8", f->data, f->size,
			       NULL);
}
