/* routes.c - every page and endpoint of `sb40 serve`, as data.
 *
 * One row per route: method, path pattern, handler, the roles that may
 * call it (R_PUBLIC: no sign-in), and whether it needs the session's CSRF
 * token (every state-changing request does; tests/unit/test_web.c checks
 * that every POST row but the sign-in says so), and whether its answer may
 * be kept in the response cache (ROUTE_CACHE, web/rcache.h: GET pages and
 * lists that depend only on the data, the URL, the language and the user).  A feature adds its rows
 * here, and its menu entry to web_nav below.
 */
#include "web/handlers.h"

/* assessments: staff for any firm, a firm account for itself (h_assess.c);
 * a zone manager reads those of its zone's firms, and creates none */
#define R_ASSESS (R_STAFF | R_ENT)
#define R_ASSESS_READ (R_STAFF | R_ENT | R_ZONE)

const struct route web_routes[] = {
	/* pages */
	{"GET", "/", h_overview, R_ANY, ROUTE_CACHE},
	{"GET", "/zones", h_zones, R_ANY, ROUTE_CACHE},
	{"GET", "/zones/{code}", h_zone, R_ANY, ROUTE_CACHE},
	{"GET", "/data", h_data, R_ANY, 0},
	{"POST", "/data/import", h_data_import, R_ANY, ROUTE_CSRF},
	{"GET", "/data/history", h_history, R_ANY, 0},
	{"GET", "/data/audit", h_audit, R_ADMIN, 0},
	{"GET", "/forecast", h_forecast_form, R_ANY, ROUTE_CACHE},
	{"POST", "/forecast", h_forecast, R_ANY, ROUTE_CSRF},
	{"GET", "/forecast.csv", h_forecast_csv, R_ANY, 0},
	{"GET", "/forecast.xlsx", h_forecast_xlsx, R_ANY, 0},
	{"GET", "/regression", h_regress_form, R_STAFF, 0},
	{"POST", "/regression", h_regress, R_STAFF, ROUTE_CSRF},
	{"GET", "/assess", h_assess_list, R_ASSESS_READ, 0},
	{"GET", "/assess/maturity", h_assess_maturity_form, R_ASSESS, 0},
	{"POST", "/assess/maturity", h_assess_maturity, R_ASSESS, ROUTE_CSRF},
	{"GET", "/assess/innovation", h_assess_innovation_form, R_ASSESS, 0},
	{"POST", "/assess/innovation", h_assess_innovation, R_ASSESS, ROUTE_CSRF},
	{"GET", "/assess/{id}", h_assess_show, R_ASSESS_READ, 0},
	{"GET", "/users", h_users, R_ADMIN, 0},
	{"POST", "/users", h_user_add, R_ADMIN, ROUTE_CSRF},
	{"POST", "/users/{login}/disable", h_user_disable, R_ADMIN, ROUTE_CSRF},
	{"POST", "/users/{login}/enable", h_user_enable, R_ADMIN, ROUTE_CSRF},
	{"POST", "/users/{login}/password", h_user_password, R_ADMIN, ROUTE_CSRF},
	{"GET", "/login", h_login_form, R_PUBLIC, 0},
	{"POST", "/login", h_login, R_PUBLIC, 0},
	{"POST", "/logout", h_logout, R_ANY, ROUTE_CSRF},
	{"GET", "/static/{name}", h_static, R_PUBLIC, 0},
	{"GET", "/healthz", h_health, R_PUBLIC, 0},
	/* API */
	{"GET", "/api/v1/openapi.json", h_openapi, R_PUBLIC, 0},
	{"POST", "/api/v1/login", h_api_login, R_PUBLIC, 0},
	{"POST", "/api/v1/logout", h_api_logout, R_ANY, ROUTE_CSRF},
	{"GET", "/api/v1/session", h_api_session, R_ANY, 0},
	{"GET", "/api/v1/overview", h_api_overview, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/zones", h_api_zones, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/zones/{code}", h_api_zone, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/enterprises", h_api_enterprises, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/indicators", h_api_indicators, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/observations", h_api_observations, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/observations/history", h_api_history, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/obligations", h_api_obligations, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/lots", h_api_lots, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/rankings", h_api_rankings, R_ANY, ROUTE_CACHE},
	{"GET", "/api/v1/checks", h_api_checks, R_ANY, ROUTE_CACHE},
	{"POST", "/api/v1/import/{kind}", h_api_import, R_ANY, ROUTE_CSRF},
	{"GET", "/api/v1/forecasts", h_api_forecasts, R_ANY, ROUTE_CACHE},
	{"POST", "/api/v1/forecasts", h_api_forecasts_post, R_ANY, ROUTE_CSRF},
	{"GET", "/api/v1/assessments", h_api_assess_list, R_ASSESS_READ, 0},
	{"GET", "/api/v1/assessments/{id}", h_api_assess_get, R_ASSESS_READ, 0},
	{"POST", "/api/v1/assessments/{kind}", h_api_assess_add, R_ASSESS, ROUTE_CSRF},
	{NULL, NULL, NULL, 0, 0},
};

const struct web_nav web_nav[] = {
	{"/", I_OVERVIEW, R_ANY},
	{"/zones", I_ZONES, R_ANY},
	{"/data", I_DATA, R_ANY},
	{"/forecast", I_FORECAST, R_ANY},
	{"/regression", I_REGRESSION, R_STAFF},
	{"/assess", I_ASSESSMENTS, R_ASSESS_READ},
	{"/users", I_USERS, R_ADMIN},
	{NULL, 0, 0},
};
