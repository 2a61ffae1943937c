/* test_backend.h - the database a storage test runs on: the SQLite file
 * PATH, or, when $SB40_TEST_PG_URL is set (tests/pg/with.sh), that
 * PostgreSQL database emptied first (its schema dropped and re-created).
 * Included by the unit tests that run against both backends. */
#ifndef SB40_TESTS_TEST_BACKEND_H
#define SB40_TESTS_TEST_BACKEND_H
#include <libpq-fe.h>
#include <stdlib.h>
#include <unistd.h>

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

#endif
