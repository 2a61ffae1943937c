/* progress.c - terminal progress bar. */
#include "base/progress.h"
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void progress_begin(struct progress *p, FILE *sink, const char *label,
		    uint64_t total, int force)
{
	p->sink = sink && (force || isatty(fileno(sink))) ? sink : NULL;
	p->label = label;
	p->total = total;
	p->start = p->last = now();
	p->drawn = 0;
}

void progress_update(struct progress *p, uint64_t done)
{
	double t;
	if (!p->sink)
		return;
	t = now();
	if (t - p->last < 0.1)
		return;
	p->last = t;
	p->drawn = 1;
	if (p->total) {
		int width = 30, fill;
		double frac = (double)done / (double)p->total;
		if (frac > 1)
			frac = 1;
		fill = (int)(frac * width);
		fprintf(p->sink, "\r%s [", p->label);
		for (int i = 0; i < width; i++)
			fputc(i < fill ? '#' : '.', p->sink);
		fprintf(p->sink, "] %3d%% %.0fs ", (int)(frac * 100), t - p->start);
	} else {
		fprintf(p->sink, "\r%s %llu ", p->label, (unsigned long long)done);
	}
	fflush(p->sink);
}

void progress_end(struct progress *p)
{
	if (p->sink && p->drawn) {
		fputs("\r\033[K", p->sink);
		fflush(p->sink);
	}
	p->sink = NULL;
}
