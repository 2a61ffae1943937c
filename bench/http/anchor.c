/* anchor.c - the web benchmark's anchor: a minimal libmicrohttpd server that
 * answers every request with the bytes of one file (the JSON sb40 serves),
 * on the same daemon settings as sb40 serve (internal polling thread, epoll,
 * a pool of THREADS threads).  What sb40 adds on top of it - routing, the
 * session lookup, the database query, building JSON, headers, the access
 * log - is what the benchmark's ratio measures.
 * Usage: anchor FILE PORT THREADS   (stops on SIGINT/SIGTERM) */
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static char *body;
static size_t body_len;

static enum MHD_Result answer(void *cls, struct MHD_Connection *c, const char *url,
			      const char *method, const char *version, const char *upload,
			      size_t *upload_size, void **con_cls)
{
	struct MHD_Response *r;
	enum MHD_Result rc;
	(void)cls; (void)url; (void)method; (void)version; (void)upload; (void)upload_size;
	(void)con_cls;
	r = MHD_create_response_from_buffer(body_len, body, MHD_RESPMEM_PERSISTENT);
	MHD_add_response_header(r, "Content-Type", "application/json; charset=utf-8");
	rc = MHD_queue_response(c, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return rc;
}

int main(int argc, char **argv)
{
	FILE *f;
	long n;
	sigset_t s;
	int sig;
	struct MHD_Daemon *d;
	if (argc != 4 || !(f = fopen(argv[1], "rb")))
		return 2;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	body = malloc((size_t)n);
	body_len = fread(body, 1, (size_t)n, f);
	fclose(f);
	sigemptyset(&s);
	sigaddset(&s, SIGINT);
	sigaddset(&s, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &s, NULL);
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, (uint16_t)atoi(argv[2]),
			     NULL, NULL, answer, NULL, MHD_OPTION_THREAD_POOL_SIZE,
			     (unsigned)atoi(argv[3]), MHD_OPTION_CONNECTION_LIMIT, 512u,
			     MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
	if (!d)
		return 1;
	sigwait(&s, &sig);
	MHD_stop_daemon(d);
	free(body);
	return 0;
}
