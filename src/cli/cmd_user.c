/* cmd_user.c - `sb40 user`: the accounts of the web server.
 *
 *   sb40 user add LOGIN --role ROLE [--zone CODE | --enterprise TIN]
 *   sb40 user passwd LOGIN     sb40 user list     sb40 user disable|enable LOGIN
 *   sb40 user token LOGIN [--days N]
 * Passwords come from a prompt without echo (twice), or from the first line
 * of standard input with --password-stdin; they are stored as argon2id
 * hashes only.  A token for scripts is a session that lasts --days days,
 * printed once (the store keeps only its hash), sent as
 * "Authorization: Bearer TOKEN".  Each change is written with an audit line.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "cli/cli.h"
#include "store/store.h"
#include "web/auth.h"
#include "web/route.h"
#include "web/server.h"

static const char usage_text[] =
	"usage: sb40 user add LOGIN --role ROLE [--zone CODE | --enterprise TIN] [--lang L]\n"
	"       sb40 user passwd LOGIN\n"
	"       sb40 user list\n"
	"       sb40 user disable|enable LOGIN\n"
	"       sb40 user token LOGIN [--days N]\n\n"
	"Manage the accounts that sign in to 'sb40 serve'.  ROLE is admin (everything),\n"
	"analyst (read all, analyse, import), zone_manager (writes only its zone: give\n"
	"--zone) or enterprise (only its own firm: give --enterprise TIN).  The password\n"
	"is asked twice without echo, or read from the first line of standard input.\n"
	"'token' prints, once, a bearer token for scripts ('Authorization: Bearer\n"
	"TOKEN' on /api/v1/...), valid --days days (default 30, at most 366); the\n"
	"database keeps only its hash.  Disabling the account ends its tokens too.\n\n"
	"  --db PATH          the database (default: $SB40_DB, else ./sb40.db)\n"
	"  --password-stdin   read the password from standard input\n"
	"  --lang L           the user's language: uz, uz-Cyrl, ru, en (default uz)\n"
	"  --days N           token: how long it is valid (default 30)\n";

/* `user token LOGIN`: a long session for scripts; the token is printed once. */
static int make_token(struct cli_ctx *ctx, struct store *st, const char *login, long days,
		      struct sb40_error *err)
{
	struct store_user u;
	char token[AUTH_TOKEN_CHARS], csrf[AUTH_TOKEN_CHARS], hash[AUTH_HASH_CHARS], exp[24],
		entity[100], after[64];
	int rc = store_user_get(st, login, &u, err);
	if (rc == SB40_ENOTFOUND)
		return error_set(err, SB40_ENOTFOUND, "no user \"%s\"", login);
	if (rc)
		return rc;
	if (u.disabled)
		return error_set(err, SB40_EINVAL, "user \"%s\" is disabled", login);
	auth_token(token);
	auth_token(csrf);
	auth_token_hash(token, hash);
	store_time(time(NULL) + days * 86400L, exp);
	snprintf(entity, sizeof entity, "user:%s", login);
	snprintf(after, sizeof after, "{\"expires_at\":\"%s\"}", exp);
	if ((rc = store_begin(st, err)))
		return rc;
	if ((rc = store_session_add(st, hash, u.id, csrf, exp, err)) ||
	    (rc = store_audit_add(st, "cli", "user token", entity, NULL, after, err)) ||
	    (rc = store_commit(st, err))) {
		store_rollback(st);
		return rc;
	}
	fprintf(ctx->out, "%s\n", token);
	fprintf(ctx->err, "sb40: a bearer token for %s, valid until %s; it is shown only now\n",
		login, exp);
	return 0;
}

/* Read a password: from stdin (first line), or prompted twice on the terminal. */
static int read_password(struct cli_ctx *ctx, int from_stdin, char *out, size_t n,
			 struct sb40_error *err)
{
	struct termios old, quiet;
	char again[256];
	FILE *tty = NULL;
	int echo_off = 0, rc = 0;

	if (from_stdin) {
		if (!fgets(out, (int)n, stdin))
			return error_set(err, SB40_EINVAL, "no password on standard input");
		out[strcspn(out, "\r\n")] = '\0';
		return 0;
	}
	tty = fopen("/dev/tty", "r+");
	if (!tty)
		return error_set(err, SB40_EINVAL, "no terminal to ask for a password; "
				 "use --password-stdin");
	if (tcgetattr(fileno(tty), &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		echo_off = tcsetattr(fileno(tty), TCSAFLUSH, &quiet) == 0;
	}
	fputs("Password: ", tty);
	fflush(tty);
	if (!fgets(out, (int)n, tty))
		out[0] = '\0';
	fseek(tty, 0, SEEK_CUR); /* between a read and a write on one stream */
	fputs("\nAgain: ", tty);
	fflush(tty);
	if (!fgets(again, sizeof again, tty))
		again[0] = '\0';
	fseek(tty, 0, SEEK_CUR);
	fputs("\n", tty);
	if (echo_off)
		tcsetattr(fileno(tty), TCSAFLUSH, &old);
	fclose(tty);
	out[strcspn(out, "\r\n")] = '\0';
	again[strcspn(again, "\r\n")] = '\0';
	if (strcmp(out, again))
		rc = error_set(err, SB40_EINVAL, "the two passwords differ");
	(void)ctx;
	return rc;
}

static int print_user(void *ctx, const struct store_user *u)
{
	struct cli_ctx *c = ctx;
	fprintf(c->out, "%s\t%s\t%s\t%s\t%s\t%s\n", u->login, u->role,
		u->zone[0] ? u->zone : u->enterprise[0] ? u->enterprise : "-", u->lang,
		u->disabled ? "disabled" : "active", u->created_at);
	return 0;
}

int cmd_user(int argc, char **argv, struct cli_ctx *ctx)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'}, {"role", required_argument, NULL, 'r'},
		{"zone", required_argument, NULL, 'z'}, {"enterprise", required_argument, NULL, 'e'},
		{"lang", required_argument, NULL, 'l'}, {"password-stdin", no_argument, NULL, 'P'},
		{"days", required_argument, NULL, 'D'}, {"help", no_argument, NULL, 'h'}, {0},
	};
	const char *db = NULL, *role = NULL, *zone = NULL, *ent = NULL, *lang = "uz";
	const char *action, *login = NULL, *scope_msg;
	char pw[256] = "", hash[AUTH_PWHASH_CHARS], entity[100], after[200];
	struct store *st = NULL;
	struct sb40_error err;
	int c, from_stdin = 0, rc = EXIT_OK;
	long zid = 0, eid = 0, days = 30;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(usage_text, ctx->out);
			return EXIT_OK;
		case 'd': db = optarg; break;
		case 'r': role = optarg; break;
		case 'z': zone = optarg; break;
		case 'e': ent = optarg; break;
		case 'l': lang = optarg; break;
		case 'P': from_stdin = 1; break;
		case 'D':
			if (cli_number(optarg, 1, 366, &days))
				return cli_usage(ctx, "user", "--days: expected 1 to 366, got \"%s\"",
						 optarg);
			break;
		default: return cli_usage(ctx, "user", "bad option");
		}
	}
	if (optind >= argc)
		return cli_usage(ctx, "user", "expected add, passwd, list, disable, enable or token");
	action = argv[optind++];
	if (strcmp(action, "list")) {
		if (optind >= argc)
			return cli_usage(ctx, "user", "%s: expected a LOGIN", action);
		login = argv[optind++];
	}
	if (optind < argc)
		return cli_usage(ctx, "user", "unexpected argument \"%s\"", argv[optind]);
	if (strcmp(action, "add") && strcmp(action, "passwd") && strcmp(action, "list") &&
	    strcmp(action, "disable") && strcmp(action, "enable") && strcmp(action, "token"))
		return cli_usage(ctx, "user", "unknown action \"%s\" (expected add, passwd, list, "
				 "disable, enable or token)", action);
	if (!strcmp(action, "add")) {
		if (!role || !route_role_bit(role))
			return cli_usage(ctx, "user", "--role: expected admin, analyst, zone_manager or "
					 "enterprise");
		if (zone && ent)
			return cli_usage(ctx, "user", "give --zone or --enterprise, not both");
		if (strcmp(lang, "uz") && strcmp(lang, "uz-Cyrl") && strcmp(lang, "ru") &&
		    strcmp(lang, "en"))
			return cli_usage(ctx, "user", "--lang: expected uz, uz-Cyrl, ru or en");
		if (strlen(login) < 2 || strlen(login) > 63 ||
		    strspn(login, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") !=
			    strlen(login))
			return cli_usage(ctx, "user", "a login is 2 to 63 letters, digits, '.', '_' or '-'");
	}
	if (store_open(cli_db(db), 0, &st, &err))
		return cli_fail(ctx, &err);
	if (!strcmp(action, "list")) {
		if (store_user_list(st, print_user, ctx, &err))
			goto fail;
		goto out;
	}
	if (!strcmp(action, "token")) {
		if (make_token(ctx, st, login, days, &err))
			goto fail;
		goto out;
	}
	if (!strcmp(action, "add") &&
	    (scope_msg = web_user_scope(st, role, zone ? zone : ent, &zid, &eid))) {
		error_set(&err, SB40_EINVAL, "%s", scope_msg);
		goto fail;
	}
	if (!strcmp(action, "add") || !strcmp(action, "passwd")) {
		if (read_password(ctx, from_stdin, pw, sizeof pw, &err) ||
		    auth_hash_password(NULL, pw, hash, &err))
			goto fail;
	}
	snprintf(entity, sizeof entity, "user:%s", login);
	if (store_begin(st, &err))
		goto fail;
	if (!strcmp(action, "add")) {
		snprintf(after, sizeof after, "{\"role\":\"%s\",\"scope\":\"%.100s\"}", role,
			 zone ? zone : ent ? ent : "");
		rc = store_user_add(st, login, hash, role, zid, eid, lang, NULL, &err);
	} else if (!strcmp(action, "passwd")) {
		after[0] = '\0';
		rc = store_user_set_password(st, login, hash, &err);
	} else {
		after[0] = '\0';
		rc = store_user_set_disabled(st, login, !strcmp(action, "disable"), &err);
	}
	if (!rc) {
		char what[32];
		snprintf(what, sizeof what, "user %s", action);
		rc = store_audit_add(st, "cli", what, entity, NULL, after[0] ? after : NULL, &err);
	}
	if (rc || store_commit(st, &err)) {
		store_rollback(st);
		goto fail;
	}
	fprintf(ctx->out, "user %s: %s\n", login,
		!strcmp(action, "add") ? "added" : !strcmp(action, "passwd") ? "password changed"
		: !strcmp(action, "disable") ? "disabled" : "enabled");
out:
	store_close(st);
	return EXIT_OK;
fail:
	store_close(st);
	return cli_fail(ctx, &err);
}
