/* outfile.h - write a command's whole output to a file, or not at all.
 *
 * Why: "nothing half-written is left" (DESIGN.md): output is built in
 * memory, written to a temporary file in the target's folder, synced and
 * renamed into place.  (cmd_assess.c has its own copy of this; it can move
 * here.)  DATA is borrowed.
 */
#ifndef SB40_CLI_OUTFILE_H
#define SB40_CLI_OUTFILE_H
#include "base/buf.h"
#include "base/error.h"

int cli_write_file(const char *path, const struct buf *data, struct sb40_error *err);

#endif
