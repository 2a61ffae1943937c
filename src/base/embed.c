/* embed.c - lookup in the generated table of embedded files. */
#include "base/embed.h"
#include <string.h>

const struct embedded_file *embed_find(const char *name)
{
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}
