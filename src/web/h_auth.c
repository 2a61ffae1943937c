/* h_auth.c - signing in and out, for pages and for the API.
 *
 * A sign-in is throttled per account and per address (auth.h), checks the
 * password with argon2id (an unknown login costs the same time as a wrong
 * password), then creates a session: a random token in an HttpOnly
 * SameSite=Strict cookie, only its hash in the store, and a CSRF token.
 */
#include "web/web_int.h"
#include "web/cookie.h"
#include "web/handlers.h"
#include <string.h>
#include <time.h>

/* A local path to go to after signing in; "/" unless NEXT is one. */
static const char *safe_next(const char *next)
{
	if (!next || next[0] != '/' || next[1] == '/' || next[1] == '\\' || strchr(next, '\r') ||
	    strchr(next, '\n') || strlen(next) > 200)
		return "/";
	return next;
}

enum sign_in_result { SIGNED_IN, SIGN_IN_WRONG, SIGN_IN_WAIT, SIGN_IN_ERROR };

static enum sign_in_result sign_in(struct web_req *r, const char *login, const char *password,
				   struct sb40_error *err)
{
	struct store_user u;
	char ukey[96], akey[80], token[AUTH_TOKEN_CHARS], hash[AUTH_HASH_CHARS], csrf[AUTH_TOKEN_CHARS];
	char now_iso[24], exp[24], set[160];
	long uf, ul, af, al, wait_u, wait_a;
	time_t now = time(NULL);
	int rc, ok;

	snprintf(ukey, sizeof ukey, "user:%.63s", login);
	snprintf(akey, sizeof akey, "addr:%s", r->addr);
	if (store_throttle_get(r->st, ukey, &uf, &ul, err) ||
	    store_throttle_get(r->st, akey, &af, &al, err))
		return SIGN_IN_ERROR;
	wait_u = auth_throttle_wait(uf, ul, (long)now, AUTH_FREE_USER);
	wait_a = auth_throttle_wait(af, al, (long)now, AUTH_FREE_ADDR);
	if (wait_u || wait_a) {
		r->retry_after = wait_u > wait_a ? wait_u : wait_a;
		return SIGN_IN_WAIT;
	}
	rc = store_user_get(r->st, login, &u, err);
	if (rc && rc != SB40_ENOTFOUND)
		return SIGN_IN_ERROR;
	ok = auth_verify_password(&r->srv->auth, rc ? NULL : u.pw_hash, password);
	if (!ok || u.disabled) {
		if (store_throttle_fail(r->st, ukey, (long)now, err) ||
		    store_throttle_fail(r->st, akey, (long)now, err))
			return SIGN_IN_ERROR;
		return SIGN_IN_WRONG;
	}
	if (uf && store_throttle_clear(r->st, ukey, err))
		return SIGN_IN_ERROR;
	auth_token(token);
	auth_token(csrf);
	auth_token_hash(token, hash);
	store_time(now, now_iso);
	store_time(now + r->srv->cfg.session_seconds, exp);
	if (store_session_purge(r->st, now_iso, err) ||
	    store_session_add(r->st, hash, u.id, csrf, exp, err))
		return SIGN_IN_ERROR;
	if (cookie_build(set, sizeof set, "sb40_session", token, r->srv->cfg.session_seconds, 1))
		web_cookie(r, arena_strdup(&r->arena, set));
	r->sess.user = u;
	snprintf(r->sess.csrf, sizeof r->sess.csrf, "%s", csrf);
	snprintf(r->sess.expires_at, sizeof r->sess.expires_at, "%s", exp);
	r->user = &r->sess.user;
	return SIGNED_IN;
}

static int login_page(struct web_req *r, unsigned status, const char *msg, const char *login)
{
	struct buf b = BUF_INIT;
	const char *next = safe_next(form_get(&r->form, "next") ? form_get(&r->form, "next")
							       : web_arg(r, "next"));
	page_begin(r, &b, T(r, I_SIGN_IN), "");
	buf_addf(&b, "<section class=\"login\"><h1>%s</h1><p class=\"muted\">%s</p>",
		 T(r, I_SIGN_IN), T(r, I_SIGN_IN_HINT));
	if (msg) {
		buf_adds(&b, "<p class=\"error\" role=\"alert\">");
		html_esc(&b, msg);
		buf_adds(&b, "</p>");
	}
	buf_adds(&b, "<form method=\"post\" action=\"/login\" class=\"stack\">");
	buf_adds(&b, "<input type=\"hidden\" name=\"next\" value=\"");
	html_esc(&b, next);
	buf_addf(&b, "\"><label>%s<input name=\"login\" autocomplete=\"username\" required "
		 "autofocus value=\"", T(r, I_LOGIN));
	html_esc(&b, login ? login : "");
	buf_addf(&b, "\"></label><label>%s<input name=\"password\" type=\"password\" "
		 "autocomplete=\"current-password\" required></label>"
		 "<button type=\"submit\">%s</button></form></section>",
		 T(r, I_PASSWORD), T(r, I_SIGN_IN));
	page_end(r, &b);
	return web_send(r, status, "text/html; charset=utf-8", &b);
}

int h_login_form(struct web_req *r)
{
	if (r->user)
		return web_redirect(r, safe_next(web_arg(r, "next")));
	return login_page(r, MHD_HTTP_OK, NULL, NULL);
}

int h_login(struct web_req *r)
{
	struct sb40_error err;
	const char *login = form_get(&r->form, "login"), *pw = form_get(&r->form, "password");
	if (!login || !pw || !*login)
		return login_page(r, MHD_HTTP_BAD_REQUEST, T(r, I_WRONG_LOGIN), login);
	switch (sign_in(r, login, pw, &err)) {
	case SIGNED_IN:
		return web_redirect(r, safe_next(form_get(&r->form, "next")));
	case SIGN_IN_WRONG:
		return login_page(r, MHD_HTTP_UNAUTHORIZED, T(r, I_WRONG_LOGIN), login);
	case SIGN_IN_WAIT:
		return login_page(r, MHD_HTTP_TOO_MANY_REQUESTS,
				  arena_printf(&r->arena, "%s (%ld s)", T(r, I_TOO_MANY_TRIES),
					       r->retry_after), login);
	default:
		return web_fail_err(r, &err);
	}
}

static void end_session(struct web_req *r)
{
	char token[AUTH_TOKEN_CHARS + 8], hash[AUTH_HASH_CHARS], set[128];
	struct sb40_error err;
	if (cookie_get(web_header(r, "Cookie"), "sb40_session", token, sizeof token)) {
		auth_token_hash(token, hash);
		store_session_delete(r->st, hash, &err);
	}
	if (cookie_build(set, sizeof set, "sb40_session", "", 0, 1))
		web_cookie(r, arena_strdup(&r->arena, set));
}

int h_logout(struct web_req *r)
{
	end_session(r);
	return web_redirect(r, "/login");
}

static json_t *session_json(struct web_req *r)
{
	const struct store_user *u = r->user;
	return json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:s, s:s}", "login", u->login, "role", u->role,
			 "zone", u->zone[0] ? u->zone : NULL,
			 "enterprise", u->enterprise[0] ? u->enterprise : NULL,
			 "lang", u->lang, "csrf_token", r->sess.csrf, "expires_at",
			 r->sess.expires_at);
}

/* POST /api/v1/login {"login": ..., "password": ...} */
int h_api_login(struct web_req *r)
{
	struct sb40_error err;
	json_error_t jerr;
	const char *login = NULL, *pw = NULL;
	json_t *j = json_loadb(r->body.data, r->body.len, 0, &jerr);
	int rc;
	if (!j)
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "bad_json",
				arena_printf(&r->arena, "body:%d:%d", jerr.line, jerr.column),
				"%s", jerr.text);
	if (json_unpack(j, "{s:s, s:s}", "login", &login, "password", &pw)) {
		json_decref(j);
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "bad_json", "login",
				"expected {\"login\": text, \"password\": text}");
	}
	switch (sign_in(r, login, pw, &err)) {
	case SIGNED_IN:
		rc = web_json(r, MHD_HTTP_OK, session_json(r));
		break;
	case SIGN_IN_WRONG:
		rc = web_fail(r, MHD_HTTP_UNAUTHORIZED, "wrong_login", NULL,
			      "wrong login or password");
		break;
	case SIGN_IN_WAIT:
		rc = web_fail(r, MHD_HTTP_TOO_MANY_REQUESTS, "throttled", NULL,
			      "too many failed sign-ins; wait %ld s", r->retry_after);
		break;
	default:
		rc = web_fail_err(r, &err);
	}
	json_decref(j);
	return rc;
}

int h_api_logout(struct web_req *r)
{
	end_session(r);
	return web_json(r, MHD_HTTP_OK, json_pack("{s:b}", "signed_out", 1));
}

int h_api_session(struct web_req *r)
{
	return web_json(r, MHD_HTTP_OK, session_json(r));
}
