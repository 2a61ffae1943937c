/* h_api_fc.c - /api/v1/forecasts: the forecast of a stored series (GET,
 * within the user's scope) or of the series of a CSV body (POST), with
 * intervals and a rolling-origin backtest; computed as `sb40 forecast`
 * computes (web/fc_web.h), so the numbers are the command's. */
#include "web/web_int.h"
#include "web/handlers.h"
#include "web/fc_web.h"
#include "web/import_web.h"

static int answer(struct web_req *r, struct fc_web *w)
{
	int rc = fcw_run_or_respond(r, w) ? 1 : web_json(r, MHD_HTTP_OK, fcw_json(w));
	fcw_release(w);
	return rc;
}

static int args_or_respond(struct web_req *r, struct fc_web *w)
{
	return fcw_args_or_respond(r, web_arg(r, "method"), web_arg(r, "horizon"),
				   web_arg(r, "level"), web_arg(r, "backtest"), w) ||
	       fcw_fill_or_respond(r, web_arg(r, "fill"), w);
}

int h_api_forecasts(struct web_req *r)
{
	struct fc_web w;
	if (args_or_respond(r, &w))
		return 1;
	if (fcw_stored_or_respond(r, web_arg(r, "entity"), web_arg(r, "indicator"), &w)) {
		fcw_release(&w);
		return 1;
	}
	return answer(r, &w);
}

int h_api_forecasts_post(struct web_req *r)
{
	struct fc_web w;
	const char *name = web_import_name(r, web_arg(r, "name"));
	if (args_or_respond(r, &w))
		return 1;
	if (fcw_csv_or_respond(r, name, r->body.data ? r->body.data : "", r->body.len, &w)) {
		fcw_release(&w);
		return 1;
	}
	return answer(r, &w);
}
