/* fcxlsx.c - forecasts as an XLSX workbook (see fcreport.h).
 *
 * libxlsxwriter 1.1 writes only to a file, so the workbook goes to a
 * private temporary file (mkstemp in $TMPDIR or /tmp), is read back into
 * the caller's buffer and removed, whatever happens. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "io/fcreport.h"

static void write_sheet(lxw_workbook *wb, const struct fcreport *r)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "forecast");
	lxw_format *head = workbook_add_format(wb), *num = workbook_add_format(wb);
	char per[24], name[32];
	lxw_col_t c = 0;
	lxw_row_t row = 1;
	format_set_bold(head);
	format_set_bg_color(head, 0xEEF1F5);
	format_set_num_format(num, "#,##0.00");
	worksheet_write_string(ws, 0, c++, "series", head);
	if (r->nmethods > 1)
		worksheet_write_string(ws, 0, c++, "method", head);
	worksheet_write_string(ws, 0, c++, "period", head);
	worksheet_write_string(ws, 0, c++, "forecast", head);
	for (size_t l = 0; l < r->nlevels; l++) {
		snprintf(name, sizeof name, "lo%g", r->levels[l]);
		worksheet_write_string(ws, 0, c++, name, head);
		snprintf(name, sizeof name, "hi%g", r->levels[l]);
		worksheet_write_string(ws, 0, c++, name, head);
	}
	worksheet_set_column(ws, 0, 0, 28, NULL);
	worksheet_set_column(ws, 1, c, 14, NULL);
	worksheet_freeze_panes(ws, 1, 0);
	for (size_t i = 0; i < r->set->n; i++) {
		const struct series *s = &r->set->s[i];
		for (size_t j = 0; j < r->nmethods; j++) {
			const struct fc_result *fr = &r->cells[i * r->nmethods + j].res;
			for (size_t k = 0; k < fr->h; k++, row++) {
				c = 0;
				worksheet_write_string(ws, row, c++, s->name, NULL);
				if (r->nmethods > 1)
					worksheet_write_string(ws, row, c++, r->methods[j]->name, NULL);
				worksheet_write_string(ws, row, c++, series_period(s, s->n + k, per), NULL);
				if (isfinite(fr->mean[k]))
					worksheet_write_number(ws, row, c, fr->mean[k], num);
				c++;
				for (size_t l = 0; l < r->nlevels; l++) {
					double lo = fr->lo[l * fr->h + k], hi = fr->hi[l * fr->h + k];
					if (isfinite(lo))
						worksheet_write_number(ws, row, c, lo, num);
					if (isfinite(hi))
						worksheet_write_number(ws, row, c + 1, hi, num);
					c += 2;
				}
			}
		}
	}
}

int fcreport_xlsx(struct buf *out, const struct fcreport *r, struct sb40_error *err)
{
	const char *dir = getenv("TMPDIR");
	char path[512], chunk[8192];
	lxw_workbook *wb;
	lxw_error e;
	FILE *f;
	size_t n;
	int fd, rc = 0;
	snprintf(path, sizeof path, "%s/sb40-fc-XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		return error_set(err, SB40_EIO, "cannot create a temporary file for the workbook");
	close(fd);
	wb = workbook_new(path);
	if (!wb) {
		unlink(path);
		return error_set(err, SB40_EIO, "cannot write the workbook");
	}
	write_sheet(wb, r);
	e = workbook_close(wb);
	if (e != LXW_NO_ERROR) {
		unlink(path);
		return error_set(err, SB40_EIO, "cannot write the workbook: %s", lxw_strerror(e));
	}
	f = fopen(path, "rb");
	if (!f)
		rc = error_set(err, SB40_EIO, "cannot read the workbook back");
	while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(out, chunk, n);
	if (f && ferror(f))
		rc = error_set(err, SB40_EIO, "cannot read the workbook back");
	if (f)
		fclose(f);
	unlink(path);
	return rc;
}
