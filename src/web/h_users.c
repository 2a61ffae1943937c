/* h_users.c - user administration (admin only): list, add, disable or
 * enable, reset a password.  Every change is written with an audit line in
 * one transaction; a reset or a disable ends the user's sessions. */
#include "web/web_int.h"
#include "web/handlers.h"
#include <stdarg.h>
#include <string.h>

static const char *const roles[] = {"admin", "analyst", "zone_manager", "enterprise"};

struct list {
	struct web_req *r;
	struct buf *b;
};

static int user_row(void *ctx, const struct store_user *u)
{
	struct list *l = ctx;
	struct web_req *r = l->r;
	struct buf *b = l->b;
	buf_adds(b, "<tr><td>");
	html_esc(b, u->login);
	buf_addf(b, "</td><td>%s</td><td>", T(r, i18n_web_role_key(u->role)));
	html_esc(b, u->zone[0] ? u->zone : u->enterprise);
	buf_addf(b, "</td><td>%s</td><td>%s</td><td class=\"actions\">", web_date(r, u->created_at),
		 u->disabled ? T(r, I_DISABLED) : T(r, I_ACTIVE));
	buf_adds(b, "<form method=\"post\" action=\"/users/");
	html_esc(b, u->login);
	buf_addf(b, "/%s\">", u->disabled ? "enable" : "disable");
	html_csrf(r, b);
	buf_addf(b, "<button type=\"submit\" class=\"small ghost\">%s</button></form>",
		 u->disabled ? T(r, I_ENABLE) : T(r, I_DISABLE));
	buf_adds(b, "<form method=\"post\" class=\"inline\" action=\"/users/");
	html_esc(b, u->login);
	buf_adds(b, "/password\">");
	html_csrf(r, b);
	buf_addf(b, "<input type=\"password\" name=\"password\" minlength=\"%d\" required "
		 "autocomplete=\"new-password\" placeholder=\"%s\" aria-label=\"%s\"><button "
		 "type=\"submit\" class=\"small ghost\">%s</button></form></td></tr>",
		 AUTH_MIN_PASSWORD, T(r, I_NEW_PASSWORD), T(r, I_NEW_PASSWORD), T(r, I_RESET));
	return 0;
}

static int users_page(struct web_req *r, unsigned status, const char *msg, int ok)
{
	struct buf b = BUF_INIT;
	struct list l = {r, &b};
	struct sb40_error err;
	page_begin(r, &b, T(r, I_USERS), "/users");
	buf_addf(&b, "<h1>%s</h1>", T(r, I_USERS));
	if (msg) {
		buf_addf(&b, "<p class=\"%s\" role=\"alert\">", ok ? "okmsg" : "error");
		html_esc(&b, msg);
		buf_adds(&b, "</p>");
	}
	buf_addf(&b, "<section class=\"card\"><table class=\"data sortable\"><thead><tr><th>%s</th>"
		 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th></th></tr></thead><tbody>",
		 T(r, I_LOGIN), T(r, I_ROLE), T(r, I_SCOPE), T(r, I_CREATED), T(r, I_STATUS));
	if (store_user_list(r->st, user_row, &l, &err)) {
		buf_release(&b);
		return web_fail_err(r, &err);
	}
	buf_addf(&b, "</tbody></table></section><section class=\"card\"><h2>%s</h2>"
		 "<form method=\"post\" action=\"/users\" class=\"row\">", T(r, I_ADD_USER));
	html_csrf(r, &b);
	buf_addf(&b, "<label>%s<input name=\"login\" required pattern=\"[A-Za-z0-9._-]{2,63}\">"
		 "</label><label>%s<select name=\"role\">", T(r, I_LOGIN), T(r, I_ROLE));
	for (int i = 0; i < 4; i++)
		buf_addf(&b, "<option value=\"%s\">%s</option>", roles[i],
			 T(r, i18n_web_role_key(roles[i])));
	buf_addf(&b, "</select></label><label>%s<input name=\"scope\" placeholder=\"TK-BEKTEMIR / "
		 "301000011\"></label><label>%s<input type=\"password\" name=\"password\" "
		 "minlength=\"%d\" required autocomplete=\"new-password\"></label>"
		 "<button type=\"submit\">%s</button></form><p class=\"note\">%s</p></section>",
		 T(r, I_SCOPE), T(r, I_PASSWORD), AUTH_MIN_PASSWORD, T(r, I_ADD), T(r, I_SCOPE_NOTE));
	page_end(r, &b);
	return web_send(r, status, "text/html; charset=utf-8", &b);
}

/* users_page with a message of the form, in the request's language. */
static int users_error(struct web_req *r, unsigned status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int users_error(struct web_req *r, unsigned status, const char *fmt, ...)
{
	struct sb40_error e;
	va_list ap;
	va_start(ap, fmt);
	error_vset(&e, SB40_EINVAL, fmt, ap);
	va_end(ap);
	return users_page(r, status, web_errmsg(r, &e), 0);
}

int h_users(struct web_req *r)
{
	return users_page(r, MHD_HTTP_OK, NULL, 0);
}

static int valid_login(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 2 || n > 63)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '.' || *s == '_' || *s == '-'))
			return 0;
	return 1;
}

/* Resolve ROLE's SCOPE (zone code / TIN) into ids; an error message or NULL. */
const char *web_user_scope(struct store *st, const char *role, const char *scope, long *zone_id,
			   long *ent_id)
{
	struct sb40_error err;
	*zone_id = *ent_id = 0;
	if (!strcmp(role, "zone_manager")) {
		if (!scope || !*scope || store_zone_id(st, scope, zone_id, &err))
			return "a zone manager needs an existing zone code as scope";
	} else if (!strcmp(role, "enterprise")) {
		if (!scope || !*scope || store_enterprise_id(st, scope, ent_id, NULL, &err))
			return "a firm account needs an existing taxpayer number as scope";
	} else if (scope && *scope) {
		return "only zone managers and firm accounts have a scope";
	}
	return NULL;
}

int h_user_add(struct web_req *r)
{
	const char *login = form_get(&r->form, "login"), *role = form_get(&r->form, "role");
	const char *scope = form_get(&r->form, "scope"), *pw = form_get(&r->form, "password");
	char hash[AUTH_PWHASH_CHARS], after[300];
	struct sb40_error err;
	const char *msg;
	long zid, eid;
	int rc;

	if (!valid_login(login))
		return users_error(r, MHD_HTTP_UNPROCESSABLE_CONTENT,
				   "a login is 2 to 63 letters, digits, '.', '_' or '-'");
	if (!role || !route_role_bit(role))
		return users_error(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "unknown role");
	if ((msg = web_user_scope(r->st, role, scope, &zid, &eid)))
		return users_error(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "%s", msg); /* a phrase */
	if (auth_hash_password(&r->srv->auth, pw ? pw : "", hash, &err))
		return users_page(r, MHD_HTTP_UNPROCESSABLE_CONTENT, web_errmsg(r, &err), 0);
	snprintf(after, sizeof after, "{\"role\":\"%s\",\"scope\":\"%.100s\"}", role,
		 scope && *scope ? scope : "");
	if ((rc = store_begin(r->st, &err)) ||
	    (rc = store_user_add(r->st, login, hash, role, zid, eid, r->lang, NULL, &err)) ||
	    (rc = store_audit_add(r->st, r->user->login, "user add",
				  arena_printf(&r->arena, "user:%s", login), NULL, after, &err)) ||
	    (rc = store_commit(r->st, &err))) {
		store_rollback(r->st);
		if (rc == SB40_EEXIST)
			return users_page(r, MHD_HTTP_CONFLICT, web_errmsg(r, &err), 0);
		return web_fail_err(r, &err);
	}
	return users_page(r, MHD_HTTP_OK, arena_printf(&r->arena, "%s: %s", T(r, I_USER_ADDED), login),
			  1);
}

static int change(struct web_req *r, const char *action)
{
	const char *login = r->cap[0], *pw = form_get(&r->form, "password");
	char hash[AUTH_PWHASH_CHARS];
	struct sb40_error err;
	int rc;
	if (!strcmp(action, "password") && auth_hash_password(&r->srv->auth, pw ? pw : "", hash, &err))
		return users_page(r, MHD_HTTP_UNPROCESSABLE_CONTENT, web_errmsg(r, &err), 0);
	if (!strcmp(action, "disable") && !strcmp(login, r->user->login))
		return users_error(r, MHD_HTTP_UNPROCESSABLE_CONTENT,
				   "you cannot disable your own account");
	if ((rc = store_begin(r->st, &err)))
		return web_fail_err(r, &err);
	if (!strcmp(action, "password"))
		rc = store_user_set_password(r->st, login, hash, &err);
	else
		rc = store_user_set_disabled(r->st, login, !strcmp(action, "disable"), &err);
	if (!rc)
		rc = store_audit_add(r->st, r->user->login, arena_printf(&r->arena, "user %s", action),
				     arena_printf(&r->arena, "user:%s", login), NULL, NULL, &err);
	if (!rc)
		rc = store_commit(r->st, &err);
	if (rc) {
		store_rollback(r->st);
		return web_fail_err(r, &err);
	}
	return users_page(r, MHD_HTTP_OK, arena_printf(&r->arena, "%s: %s", T(r, I_SAVED), login), 1);
}

int h_user_disable(struct web_req *r)
{
	return change(r, "disable");
}

int h_user_enable(struct web_req *r)
{
	return change(r, "enable");
}

int h_user_password(struct web_req *r)
{
	return change(r, "password");
}
