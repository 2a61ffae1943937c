/* server.c - libmicrohttpd underneath server.h: the daemon, the store pool,
 * the request lifecycle (body limit, routing, sessions, roles, CSRF), the
 * access log and the graceful stop.
 *
 * MHD calls the access handler several times per request: first with no
 * body (we create the request; a declared Content-Length above the limit
 * gets 413 at once), then once per chunk of body (appended; beyond the limit
 * it is dropped and 413 follows), then a last time with no data (we route
 * and answer).  The completion callback writes the log line and frees the
 * request.
 */
#include "web/web_int.h"
#include "store/queries.h"
#include "web/cookie.h"
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

void web_config_defaults(struct web_config *cfg)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	cfg->bind = "127.0.0.1";
	cfg->port = 8040;
	cfg->threads = n > 0 && n < 64 ? (int)n : 2;
	cfg->max_body = 16u << 20;
	cfg->timeout = 30;
	cfg->max_connections = 512;
	cfg->session_seconds = 12 * 3600;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

const char *web_arg(struct web_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *web_header(struct web_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

int web_is_api(const struct web_req *r)
{
	return !strncmp(r->path, "/api/", 5);
}

/* ---- the store pool ---- */

static struct store *pool_take(struct web_server *s)
{
	struct store *st;
	pthread_mutex_lock(&s->pool_lock);
	while (s->nfree == 0)
		pthread_cond_wait(&s->pool_cond, &s->pool_lock);
	st = s->free_stack[--s->nfree];
	pthread_mutex_unlock(&s->pool_lock);
	return st;
}

static void pool_give(struct web_server *s, struct store *st)
{
	pthread_mutex_lock(&s->pool_lock);
	s->free_stack[s->nfree++] = st;
	pthread_cond_signal(&s->pool_cond);
	pthread_mutex_unlock(&s->pool_lock);
}

static int pool_open(struct web_server *s, struct sb40_error *err)
{
	int n = s->cfg.threads;
	s->handles = calloc((size_t)n, sizeof *s->handles);
	s->free_stack = calloc((size_t)n, sizeof *s->free_stack);
	if (!s->handles || !s->free_stack)
		return error_set(err, SB40_ENOMEM, "out of memory");
	for (int i = 0; i < n; i++) {
		int rc = store_open(s->cfg.db, 0, &s->handles[i], err);
		if (rc)
			return rc;
		s->nhandles++;
		s->free_stack[s->nfree++] = s->handles[i];
	}
	return 0;
}

static void pool_close(struct web_server *s)
{
	for (int i = 0; i < s->nhandles; i++)
		store_close(s->handles[i]);
	free(s->handles);
	free(s->free_stack);
}

/* ---- per request ---- */

static void client_addr(struct web_req *r)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	snprintf(r->addr, sizeof r->addr, "-");
	if (!ci || !ci->client_addr)
		return;
	if (ci->client_addr->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)ci->client_addr)->sin_addr, r->addr,
			  sizeof r->addr);
	else if (ci->client_addr->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)ci->client_addr)->sin6_addr,
			  r->addr, sizeof r->addr);
}

static void negotiate_lang(struct web_req *r)
{
	char cookie[16];
	const char *q = web_arg(r, "lang");
	const char *c = cookie_get(web_header(r, "Cookie"), "sb40_lang", cookie, sizeof cookie)
		? cookie : NULL;
	r->li = i18n_web_negotiate(q, c, web_header(r, "Accept-Language"));
	r->lang = i18n_web_lang_code(r->li);
	if (q && i18n_web_lang_parse(q) >= 0 && (!c || strcmp(c, r->lang))) {
		char set[96];
		if (cookie_build(set, sizeof set, "sb40_lang", r->lang, 365L * 86400, 0))
			web_cookie(r, arena_strdup(&r->arena, set));
	}
}

/* Look the session cookie up; sets r->user.  A store failure is an error. */
static int load_session(struct web_req *r, struct sb40_error *err)
{
	char token[AUTH_TOKEN_CHARS + 8], hash[AUTH_HASH_CHARS], now[32];
	int rc;
	const char *auth = web_header(r, "Authorization");
	r->user = NULL;
	if (auth && !strncasecmp(auth, "Bearer ", 7) && strlen(auth + 7) < sizeof token) {
		snprintf(token, sizeof token, "%s", auth + 7);
		r->bearer = 1;
	} else if (!cookie_get(web_header(r, "Cookie"), "sb40_session", token, sizeof token))
		return 0;
	auth_token_hash(token, hash);
	rc = store_session_get(r->st, hash, store_now(now), &r->sess, err);
	if (rc == SB40_ENOTFOUND)
		return 0;
	if (rc)
		return rc;
	r->user = &r->sess.user;
	return 0;
}

static int parse_body_form(struct web_req *r, char *msg, size_t msgn)
{
	const char *ct = web_header(r, "Content-Type");
	if (!ct || !r->body.len)
		return 0;
	if (!strncasecmp(ct, "application/x-www-form-urlencoded", 33))
		return form_parse_urlencoded(&r->form, &r->arena, r->body.data, r->body.len, msg,
					     msgn);
	if (!strncasecmp(ct, "multipart/form-data", 19))
		return form_parse_multipart(&r->form, &r->arena, ct, r->body.data, r->body.len, msg,
					    msgn);
	return 0;
}

static int csrf_ok(struct web_req *r)
{
	const char *t = web_header(r, "X-CSRF-Token");
	if (!t)
		t = form_get(&r->form, "csrf");
	if (r->user && r->bearer)
		return 1; /* not a cookie: a browser cannot be tricked into sending it */
	return t && r->user && auth_equal(t, r->sess.csrf);
}

/* ---- the response cache (web/rcache.h) ---- */

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *key,
			       const char *value)
{
	struct buf *k = cls;
	buf_addf(k, "&%s=%s", key, value ? value : "");
	(void)kind;
	return MHD_YES;
}

static int version_row(void *ctx, int ncols, const char *const *vals)
{
	struct web_req *r = ctx;
	if (ncols == 2)
		snprintf(r->cache_version, sizeof r->cache_version, "%s/%s",
			 vals[0] ? vals[0] : "0", vals[1] ? vals[1] : "0");
	return 0;
}

/* Answer R from the cache when it can be: 1 answered (the result of the
 * send in *SENT), 0 not (then r->cache_key is set when the answer should be
 * kept).  A failure to read the data version just means no caching. */
static int serve_cached(struct web_req *r, int *sent)
{
	struct sb40_error err;
	struct buf k = BUF_INIT;
	char now[32], ctype[48];
	size_t len = 0;
	char *body;

	r->cache_version[0] = '\0';
	if (store_query(r->st, Q_DATA_VERSION, 0, NULL, version_row, r, &err) ||
	    !r->cache_version[0])
		return 0;
	store_now(now);
	buf_addf(&k, "%s\t%s\t%.10s\t%s\t%s\t%s\t%s\t", r->path, r->lang, now,
		 r->user ? r->user->role : "-", web_scope_zone(r) ? web_scope_zone(r) : "",
		 web_scope_tin(r) ? web_scope_tin(r) : "", web_is_api(r) ? "" : r->sess.csrf);
	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, add_arg, &k);
	if (!k.data) {
		buf_release(&k);
		return 0;
	}
	r->cache_key = arena_strndup(&r->arena, k.data, k.len);
	buf_release(&k);
	if (!r->cache_key)
		return 0;
	body = rcache_get(&r->srv->rcache, r->cache_key, r->cache_version, &len, ctype,
			  sizeof ctype);
	if (!body)
		return 0;
	r->cache_key = NULL; /* already kept */
	r->cache_hit = 1;
	{
		struct buf b = {body, len, len};
		*sent = web_send(r, MHD_HTTP_OK, arena_strdup(&r->arena, ctype), &b);
	}
	return 1;
}

static int dispatch(struct web_req *r)
{
	struct sb40_error err;
	char msg[160];
	int known = 0, rc;

	negotiate_lang(r);
	r->route = route_find(r->srv->routes, r->method, r->path, &r->caps, &known);
	if (!r->route) {
		if (known)
			return web_fail(r, MHD_HTTP_METHOD_NOT_ALLOWED, "method_not_allowed", NULL,
					"method %s is not allowed here", r->method);
		return web_fail(r, MHD_HTTP_NOT_FOUND, "not_found", NULL, "no page %s", r->path);
	}
	for (int i = 0; i < r->caps.n; i++)
		r->cap[i] = arena_strndup(&r->arena, r->caps.at[i], r->caps.len[i]);
	if (parse_body_form(r, msg, sizeof msg))
		return web_fail(r, MHD_HTTP_BAD_REQUEST, "bad_form", "body", "%s", msg);
	if (load_session(r, &err))
		return web_fail_err(r, &err);
	if (!(r->route->roles & R_PUBLIC)) {
		if (!r->user) {
			if (web_is_api(r) || strcmp(r->method, "GET"))
				return web_fail(r, MHD_HTTP_UNAUTHORIZED, "unauthorized", NULL,
						"sign in first");
			return web_redirect(r, arena_printf(&r->arena, "/login?next=%s", r->path));
		}
		if (!(r->route->roles & route_role_bit(r->user->role)))
			return web_fail(r, MHD_HTTP_FORBIDDEN, "forbidden", NULL,
					"the role \"%s\" may not use this", r->user->role);
	}
	if ((r->route->flags & ROUTE_CSRF) && !csrf_ok(r))
		return web_fail(r, MHD_HTTP_FORBIDDEN, "csrf", "csrf",
				"the CSRF token is missing or wrong; reload the page and try again");
	if ((r->route->flags & ROUTE_CACHE) && !strcmp(r->method, "GET") && serve_cached(r, &rc))
		return rc;
	rc = r->route->fn(r);
	return rc;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_size, void **con_cls)
{
	struct web_server *s = cls;
	struct web_req *r = *con_cls;
	int rc;

	if (!r) {
		const char *cl;
		r = calloc(1, sizeof *r);
		if (!r)
			return MHD_NO;
		r->srv = s;
		r->conn = conn;
		r->t0 = now_ms();
		buf_init(&r->body);
		r->method = arena_strdup(&r->arena, method);
		r->path = arena_strdup(&r->arena, url);
		r->li = LANG_UZ;
		r->lang = "uz";
		client_addr(r);
		*con_cls = r;
		cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
		if (cl && strtoull(cl, NULL, 10) > s->cfg.max_body) {
			r->too_large = 1;
			return web_fail(r, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", NULL,
					"the request body is larger than %zu bytes", s->cfg.max_body)
				? MHD_YES : MHD_NO;
		}
		return MHD_YES;
	}
	if (*upload_size) {
		if (!r->too_large && r->body.len + *upload_size <= s->cfg.max_body)
			buf_add(&r->body, upload_data, *upload_size);
		else
			r->too_large = 1;
		*upload_size = 0;
		return MHD_YES;
	}
	if (r->responded)
		return MHD_YES;
	if (r->too_large)
		return web_fail(r, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", NULL,
				"the request body is larger than %zu bytes", s->cfg.max_body)
			? MHD_YES : MHD_NO;
	r->st = pool_take(s);
	rc = dispatch(r);
	pool_give(s, r->st);
	r->st = NULL;
	(void)version;
	return rc ? MHD_YES : MHD_NO;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct web_server *s = cls;
	struct web_req *r = *con_cls;
	if (!r)
		return;
	if (s->cfg.log) {
		char at[32];
		flockfile(s->cfg.log);
		fprintf(s->cfg.log, "%s %s %s \"%s %s\" %u %zu %.2fms%s\n", store_now(at), r->addr,
			r->user ? r->user->login : "-", r->method, r->path, r->status, r->bytes,
			now_ms() - r->t0, toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " aborted");
		funlockfile(s->cfg.log); /* flushed by the main thread every second */
	}
	arena_release(&r->arena);
	buf_release(&r->body);
	free(r);
	*con_cls = NULL;
	(void)conn;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct web_server *s = cls;
	if (!s->cfg.log)
		return;
	flockfile(s->cfg.log);
	fputs("sb40 serve: libmicrohttpd: ", s->cfg.log);
	vfprintf(s->cfg.log, fmt, ap);
	funlockfile(s->cfg.log);
}

int web_serve(const struct web_config *cfg, struct sb40_error *err)
{
	struct web_server s;
	struct sockaddr_in sa;
	sigset_t sigs;
	int rc, sig = 0;
	const union MHD_DaemonInfo *info;

	memset(&s, 0, sizeof s);
	s.cfg = *cfg;
	if (s.cfg.threads < 1)
		s.cfg.threads = 1;
	s.routes = web_routes;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)cfg->port);
	if (inet_pton(AF_INET, cfg->bind, &sa.sin_addr) != 1)
		return error_setwhere(err, SB40_EINVAL, "--bind",
				      "expected an IPv4 address such as 127.0.0.1, got \"%s\"",
				      cfg->bind);
	pthread_mutex_init(&s.pool_lock, NULL);
	pthread_cond_init(&s.pool_cond, NULL);
	pthread_mutex_init(&s.log_lock, NULL);
	if ((rc = auth_init(&s.auth, err)))
		goto out_sync;
	rcache_init(&s.rcache);
	if ((rc = pool_open(&s, err)))
		goto out;
	json_object_seed(0); /* before any thread makes a JSON object */

	/* the workers inherit this mask: only the main thread takes the signals */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);

	s.daemon = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_ERROR_LOG,
		0, NULL, NULL, on_request, &s,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, &s,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)s.cfg.threads,
		MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections,
		MHD_OPTION_CONNECTION_TIMEOUT, cfg->timeout,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, &s,
		MHD_OPTION_END);
	if (!s.daemon) {
		rc = error_set(err, SB40_EIO, "cannot listen on %s:%d (%s)", cfg->bind, cfg->port,
			       errno ? strerror(errno) : "libmicrohttpd refused the options");
		goto out;
	}
	info = MHD_get_daemon_info(s.daemon, MHD_DAEMON_INFO_BIND_PORT);
	fprintf(cfg->out, "sb40 serve: listening on http://%s:%u/\n", cfg->bind,
		info ? (unsigned)info->port : (unsigned)cfg->port);
	fflush(cfg->out);

	/* wait for SIGINT or SIGTERM; meanwhile flush the access log once a
	 * second (a buffered log file costs one write per second, not one per
	 * request; lines are at most a second late, as with nginx's flush=1s) */
	for (;;) {
		struct timespec second = {1, 0};
		sig = sigtimedwait(&sigs, NULL, &second);
		if (sig == SIGINT || sig == SIGTERM)
			break;
		if (s.cfg.log) {
			flockfile(s.cfg.log);
			fflush(s.cfg.log);
			funlockfile(s.cfg.log);
		}
	}
	/* stop accepting, give in-flight requests up to 5 s, then stop */
	MHD_socket lsock = MHD_quiesce_daemon(s.daemon);
	for (int i = 0; i < 50; i++) {
		info = MHD_get_daemon_info(s.daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (!info || info->num_connections == 0)
			break;
		usleep(100 * 1000);
	}
	MHD_stop_daemon(s.daemon);
	if (lsock != MHD_INVALID_SOCKET)
		close(lsock);
	if (cfg->log) {
		fprintf(cfg->log, "sb40 serve: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
		fflush(cfg->log);
	}
	rc = 0;
out:
	pool_close(&s);
	rcache_release(&s.rcache);
	auth_release(&s.auth);
out_sync:
	pthread_mutex_destroy(&s.pool_lock);
	pthread_cond_destroy(&s.pool_cond);
	pthread_mutex_destroy(&s.log_lock);
	return rc;
}
