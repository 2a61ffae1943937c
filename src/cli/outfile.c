/* outfile.c - atomic whole-file output (see outfile.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli/outfile.h"

int cli_write_file(const char *path, const struct buf *data, struct sb40_error *err)
{
	struct buf tmp = BUF_INIT;
	int fd, rc = 0;
	FILE *f;
	buf_addf(&tmp, "%s.XXXXXX", path);
	fd = mkstemp(tmp.data);
	if (fd < 0) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		goto out;
	}
	mode_t mask = umask(0); /* mkstemp() makes 0600; give the mode a new file gets */
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	f = fdopen(fd, "wb");
	if (!f || fwrite(data->data, 1, data->len, f) != data->len || fflush(f) || fsync(fd)) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		if (f)
			fclose(f);
		else
			close(fd);
		unlink(tmp.data);
		goto out;
	}
	if (fclose(f) || rename(tmp.data, path)) {
		rc = error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, strerror(errno));
		unlink(tmp.data);
	}
out:
	buf_release(&tmp);
	return rc;
}
