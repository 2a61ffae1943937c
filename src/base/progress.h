/* progress.h - a one-line progress bar for long work, on a terminal only.
 *
 * Why: an import of a national registry takes seconds; a person at a
 * terminal should see it move.  When the sink is not a terminal (a pipe, a
 * log, CI) nothing is drawn.  Redraws at most 10 times a second.
 *
 * Ownership: the struct is the caller's; it borrows SINK and LABEL until
 * progress_end().
 */
#ifndef SB40_BASE_PROGRESS_H
#define SB40_BASE_PROGRESS_H
#include <stdint.h>
#include <stdio.h>

struct progress {
	FILE *sink;       /* NULL when not drawing */
	const char *label;
	uint64_t total;   /* 0: unknown, show a count only */
	double last;      /* time of the last redraw, seconds */
	double start;
	int drawn;
};

/* Start; draws only when SINK is a terminal (or FORCE is set). */
void progress_begin(struct progress *p, FILE *sink, const char *label,
		    uint64_t total, int force);
void progress_update(struct progress *p, uint64_t done);
/* Clear the line (if anything was drawn). */
void progress_end(struct progress *p);

#endif
