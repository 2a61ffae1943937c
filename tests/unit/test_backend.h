/* test_backend.h - the database a storage test runs on: the SQLite file
 * PATH, or, when $SB40_TEST_PG_URL is set (tests/pg/with.sh), that
 * PostgreSQL database emptied first (its schema dropped and re-created).
 * Included by the unit tests that run against both backends, with the
 * cmocka setup and teardown they share (test_store_setup/teardown). */
#ifndef SB40_TESTS_TEST_BACKEND_H
#define SB40_TESTS_TEST_BACKEND_H
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "store/store.h"

static char test_path[512]; /* the SQLite file of the running test */

__attribute__((unused)) static const char *test_db_url(const char *path)
{
	const char *pg = getenv("SB40_TEST_PG_URL");
	PGconn *c;
	if (!pg || !*pg) {
		unlink(path);
		return path;
	}
	c = PQconnectdb(pg);
	PQclear(PQexec(c, "SET client_min_messages = warning; "
		       "DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
	PQfinish(c);
	return pg;
}

__attribute__((unused)) static int test_on_pg(void)
{
	const char *pg = getenv("SB40_TEST_PG_URL");
	return pg && *pg;
}

/* A fresh store for the test program NAME in *STATE: 0, or -1. */
__attribute__((unused)) static int test_store_setup(const char *name, void **state)
{
	const char *tmp = getenv("TMPDIR");
	struct store *st = NULL;
	struct sb40_error err;
	snprintf(test_path, sizeof test_path, "%s/%s_%ld.db", tmp ? tmp : "/tmp", name,
		 (long)getpid());
	if (store_open(test_db_url(test_path), STORE_CREATE, &st, &err))
		return -1;
	*state = st;
	return 0;
}

/* Close the store and remove the SQLite file with its WAL and SHM. */
__attribute__((unused)) static int test_store_teardown(void **state)
{
	char side[600];
	store_close(*state);
	unlink(test_path);
	snprintf(side, sizeof side, "%s-wal", test_path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", test_path);
	unlink(side);
	return 0;
}

#endif
