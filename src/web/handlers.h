/* handlers.h - private to src/web/: every route handler, for routes.c.
 * One h_NAME per row of the route table; see web_int.h for the contract. */
#ifndef SB40_WEB_HANDLERS_H
#define SB40_WEB_HANDLERS_H
#include "web/web_int.h"

int h_api_zones(struct web_req *r);
int h_api_zone(struct web_req *r);
int h_api_enterprises(struct web_req *r);
int h_api_indicators(struct web_req *r);
int h_api_observations(struct web_req *r);
int h_api_history(struct web_req *r);
int h_api_obligations(struct web_req *r);
int h_api_lots(struct web_req *r);
int h_api_rankings(struct web_req *r);
int h_api_checks(struct web_req *r);
int h_api_overview(struct web_req *r);
int h_api_import(struct web_req *r);
int h_login_form(struct web_req *r);
int h_login(struct web_req *r);
int h_logout(struct web_req *r);
int h_api_login(struct web_req *r);
int h_api_logout(struct web_req *r);
int h_api_session(struct web_req *r);
int h_data(struct web_req *r);
int h_data_import(struct web_req *r);
int h_history(struct web_req *r);
int h_audit(struct web_req *r);
int h_overview(struct web_req *r);
int h_zones(struct web_req *r);
int h_zone(struct web_req *r);
int h_regress_form(struct web_req *r);
int h_regress(struct web_req *r);
int h_forecast_form(struct web_req *r);
int h_forecast(struct web_req *r);
int h_forecast_csv(struct web_req *r);
int h_forecast_xlsx(struct web_req *r);
int h_api_forecasts(struct web_req *r);
int h_api_forecasts_post(struct web_req *r);
int h_static(struct web_req *r);
int h_health(struct web_req *r);
int h_openapi(struct web_req *r);
int h_users(struct web_req *r);
int h_user_add(struct web_req *r);
int h_user_disable(struct web_req *r);
int h_user_enable(struct web_req *r);
int h_user_password(struct web_req *r);
int h_assess_list(struct web_req *r);
int h_assess_maturity_form(struct web_req *r);
int h_assess_maturity(struct web_req *r);
int h_assess_innovation_form(struct web_req *r);
int h_assess_innovation(struct web_req *r);
int h_assess_show(struct web_req *r);
int h_api_assess_add(struct web_req *r);
int h_api_assess_list(struct web_req *r);
int h_api_assess_get(struct web_req *r);

/* h_static.c: the content type of an asset NAME, NULL when it is not one. */
const char *web_asset_type(const char *name);

#endif
