/* csvread.c - libcsv fed one physical line (or part of one) at a time.
 *
 * Invariant: a segment given to csv_parse() never extends past a '\n', and
 * '\n' is libcsv's only terminator ('\r' counts as trailing space), so one
 * segment completes at most one record.  csvr_next() feeds segments until a
 * record completes, then stops, so the record buffers hold exactly one
 * record.
 */
#include "base/csvread.h"
#include "base/buf.h"
#include "base/text.h"
#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CHUNK 65536

struct csvr {
	struct csv_parser p;
	char *name;
	FILE *fp;            /* NULL for memory input */
	const char *mem;     /* memory input */
	size_t memlen;
	char *chunk;         /* CHUNK bytes of file input */
	size_t clen, cpos;   /* bytes in chunk, next unread */
	uint64_t consumed, size;
	int eof, done, failed, first;

	long line;           /* physical line of the byte to be fed next */
	long rec_line;       /* line where the record being built started */
	int pending_start;   /* no visible byte of the next record fed yet */
	size_t rec_bytes;    /* bytes fed for the record being built */

	struct buf data;     /* field bytes, each followed by NUL */
	size_t *off, *len, nf, cap;
	int complete;        /* a whole record sits in data/off/len */
	long cur_line;       /* line of the completed record */

	struct sb40_error *err; /* set while csv_parse runs */
	int cb_failed;
};

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static int is_term(unsigned char c)
{
	return c == '\n';
}

static void on_field(void *s, size_t n, void *ud)
{
	struct csvr *r = ud;
	size_t bad;
	if (r->cb_failed)
		return;
	if (r->nf == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		size_t *o = realloc(r->off, cap * sizeof *o);
		if (!o)
			abort();
		r->off = o;
		size_t *l = realloc(r->len, cap * sizeof *l);
		if (!l)
			abort();
		r->len = l;
		r->cap = cap;
	}
	if (n && memchr(s, '\0', n)) {
		r->cb_failed = 1;
		error_setat(r->err, SB40_EINVAL, r->name, r->rec_line, (long)r->nf + 1,
			    "binary data (a NUL byte) in a text file");
		return;
	}
	bad = utf8_invalid_at(s, n);
	if (bad < n) {
		r->cb_failed = 1;
		error_setat(r->err, SB40_EINVAL, r->name, r->rec_line, (long)r->nf + 1,
			    "invalid UTF-8 (byte 0x%02x at offset %zu of the field)",
			    ((unsigned char *)s)[bad], bad + 1);
		return;
	}
	r->off[r->nf] = r->data.len;
	r->len[r->nf] = n;
	if (n)
		buf_add(&r->data, s, n);
	buf_addc(&r->data, '\0');
	r->nf++;
}

static void on_record(int c, void *ud)
{
	struct csvr *r = ud;
	(void)c;
	if (r->cb_failed)
		return;
	r->complete = 1;
	r->cur_line = r->rec_line;
	r->pending_start = 1;
	r->rec_bytes = 0;
}

static int init(struct csvr *r, const char *name, struct sb40_error *err)
{
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return error_set(err, SB40_ENOMEM, "out of memory");
	csv_set_space_func(&r->p, is_space);
	csv_set_term_func(&r->p, is_term);
	r->name = strdup(name);
	if (!r->name)
		abort();
	buf_init(&r->data);
	r->line = 1;
	r->rec_line = 1;
	r->pending_start = 1;
	r->first = 1;
	return 0;
}

int csvr_open(const char *path, const char *name, struct csvr **out,
	      struct sb40_error *err)
{
	struct csvr *r = calloc(1, sizeof *r);
	struct stat st;
	if (!r)
		abort();
	*out = NULL;
	if (!strcmp(path, "-"))
		r->fp = stdin;
	else
		r->fp = fopen(path, "rb");
	if (!r->fp) {
		int e = errno;
		free(r);
		return error_setat(err, SB40_EIO, name ? name : path, 0, 0,
				   "cannot open: %s", strerror(e));
	}
	if (fstat(fileno(r->fp), &st) == 0 && S_ISREG(st.st_mode))
		r->size = (uint64_t)st.st_size;
	r->chunk = malloc(CHUNK);
	if (!r->chunk)
		abort();
	if (init(r, name ? name : path, err)) {
		csvr_close(r);
		return SB40_ENOMEM;
	}
	*out = r;
	return 0;
}

int csvr_open_mem(const char *name, const char *data, size_t len,
		  struct csvr **out, struct sb40_error *err)
{
	struct csvr *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	r->mem = data;
	r->memlen = len;
	r->size = len;
	r->chunk = (char *)data;
	r->clen = len;
	r->eof = 1;
	if (init(r, name, err)) {
		free(r);
		return SB40_ENOMEM;
	}
	*out = r;
	return 0;
}

void csvr_close(struct csvr *r)
{
	if (!r)
		return;
	if (r->fp && r->fp != stdin)
		fclose(r->fp);
	if (!r->mem)
		free(r->chunk);
	csv_free(&r->p);
	buf_release(&r->data);
	free(r->off);
	free(r->len);
	free(r->name);
	free(r);
}

static int fill(struct csvr *r, struct sb40_error *err)
{
	if (r->mem || r->eof)
		return 0;
	r->clen = fread(r->chunk, 1, CHUNK, r->fp);
	r->cpos = 0;
	if (r->clen < CHUNK) {
		if (ferror(r->fp))
			return error_setat(err, SB40_EIO, r->name, r->line, 0,
					   "read error: %s", strerror(errno));
		r->eof = 1;
	}
	if (r->first) {
		r->first = 0;
		if (r->clen >= 3 && !memcmp(r->chunk, "\xEF\xBB\xBF", 3))
			r->cpos = 3, r->consumed = 3;
	}
	return 0;
}

static int parse_error(struct csvr *r, struct sb40_error *err)
{
	return error_setat(err, SB40_EINVAL, r->name, r->line, (long)r->nf + 1,
			   "malformed CSV quoting (a quote inside an unquoted field, "
			   "or text after a closing quote)");
}

/* Feed one segment (up to and including the next '\n' in the chunk). */
static int feed(struct csvr *r, struct sb40_error *err)
{
	const char *s = r->chunk + r->cpos;
	size_t avail = r->clen - r->cpos, n, done;
	const char *nl = memchr(s, '\n', avail);
	n = nl ? (size_t)(nl - s) + 1 : avail;

	if (r->first && r->mem) {
		r->first = 0;
		if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
			r->cpos += 3, r->consumed += 3;
			return 0;
		}
	}
	if (r->pending_start) {
		for (size_t i = 0; i < n; i++)
			if (!is_space((unsigned char)s[i]) && s[i] != '\n') {
				r->pending_start = 0;
				r->rec_line = r->line;
				break;
			}
	}
	r->rec_bytes += n;
	if (r->rec_bytes > CSVR_MAX_RECORD)
		return error_setat(err, SB40_EINVAL, r->name, r->rec_line, 0,
				   "row is longer than %u bytes", CSVR_MAX_RECORD);
	r->err = err;
	done = csv_parse(&r->p, s, n, on_field, on_record, r);
	if (r->cb_failed)
		return -1;
	if (done < n)
		return parse_error(r, err);
	r->cpos += n;
	r->consumed += n;
	if (nl)
		r->line++;
	return 0;
}

int csvr_next(struct csvr *r, struct sb40_error *err)
{
	if (r->failed)
		return error_set(err, SB40_EINVAL, "reader already failed"), -1;
	if (r->done)
		return 0;
	r->complete = 0;
	r->nf = 0;
	buf_reset(&r->data);
	while (!r->complete) {
		if (r->cpos == r->clen) {
			if (fill(r, err))
				goto fail;
			if (r->cpos == r->clen) {
				/* end of input: flush the last record */
				r->err = err;
				if (csv_fini(&r->p, on_field, on_record, r) != 0) {
					if (r->cb_failed)
						goto fail;
					error_setat(err, SB40_EINVAL, r->name, r->rec_line, 0,
						    "unterminated quoted field at the end of the file");
					goto fail;
				}
				if (r->cb_failed)
					goto fail;
				r->done = 1;
				return r->complete ? 1 : 0;
			}
		}
		if (feed(r, err))
			goto fail;
	}
	return 1;
fail:
	r->failed = 1;
	return -1;
}

size_t csvr_nfields(const struct csvr *r)
{
	return r->nf;
}

const char *csvr_field(const struct csvr *r, size_t i, size_t *len)
{
	if (i >= r->nf) {
		if (len)
			*len = 0;
		return "";
	}
	if (len)
		*len = r->len[i];
	return r->data.data + r->off[i];
}

long csvr_line(const struct csvr *r)
{
	return r->cur_line;
}

const char *csvr_name(const struct csvr *r)
{
	return r->name;
}

uint64_t csvr_offset(const struct csvr *r)
{
	return r->consumed;
}

uint64_t csvr_size(const struct csvr *r)
{
	return r->size;
}
