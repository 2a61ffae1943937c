/* zxlsx.c - struct zdoc as an XLSX workbook through libxlsxwriter: one
 * sheet per table, a bold frozen header row, real numbers with a number
 * format by decimals, a missing number left blank. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>
#include "report/ztable.h"

int zdoc_xlsx(const struct zdoc *doc, const char *path, struct sb40_error *err)
{
	lxw_workbook *wb = workbook_new(path);
	lxw_format *head, *num[5];
	static const char *const formats[5] = {"#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "0"};
	if (!wb)
		return error_set(err, SB40_EIO, "cannot write \"%s\"", path);
	head = workbook_add_format(wb);
	format_set_bold(head);
	format_set_bg_color(head, 0xEEF1F5);
	for (int i = 0; i < 5; i++) {
		num[i] = workbook_add_format(wb);
		format_set_num_format(num[i], formats[i]);
	}
	for (size_t k = 0; k < doc->ntables; k++) {
		const struct ztable *t = doc->tables[k];
		char name[32];
		/* sheet names: at most 31 characters, unique; the table ids are */
		snprintf(name, sizeof name, "%.31s", t->id);
		lxw_worksheet *ws = workbook_add_worksheet(wb, name);
		if (!ws)
			break;
		for (size_t j = 0; j < t->ncols; j++) {
			worksheet_write_string(ws, 0, (lxw_col_t)j, t->cols[j].label, head);
			worksheet_set_column(ws, (lxw_col_t)j, (lxw_col_t)j, j ? 16 : 22, NULL);
		}
		worksheet_freeze_panes(ws, 1, 0);
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->ncols; j++) {
				const struct zcell *c = &t->cells[i * t->ncols + j];
				lxw_row_t r = (lxw_row_t)(i + 1);
				if (c->kind == ZC_TEXT)
					worksheet_write_string(ws, r, (lxw_col_t)j, c->s, NULL);
				else if (c->kind == ZC_NUM && isfinite(c->v))
					worksheet_write_number(ws, r, (lxw_col_t)j, c->v,
							       num[c->dec < 0 ? 4 : c->dec > 3 ? 3 : c->dec]);
			}
	}
	lxw_error e = workbook_close(wb);
	if (e != LXW_NO_ERROR)
		return error_set(err, SB40_EIO, "cannot write \"%s\": %s", path, lxw_strerror(e));
	return 0;
}
