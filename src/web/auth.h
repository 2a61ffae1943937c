/* auth.h - passwords, session tokens, CSRF tokens, sign-in throttling.
 *
 * Why: the security rules of the platform in one place, on libsodium:
 *   - passwords: argon2id (crypto_pwhash_str) at libsodium's interactive
 *     limits, 64 MiB each, so at most AUTH_MAX_HASHING hashes run at once
 *     (a semaphore; further sign-ins wait their turn);
 *   - session tokens: 32 random bytes (randombytes_buf) as base64url in an
 *     HttpOnly SameSite=Strict cookie; the store keeps only a BLAKE2b hash
 *     of them (crypto_generichash), so a copy of the database signs no one in;
 *   - CSRF tokens: 32 random bytes per session, compared in constant time;
 *   - throttling: after AUTH_FREE_USER failures for an account (or
 *     AUTH_FREE_ADDR for an address) a sign-in waits 30 s, doubling per
 *     further failure up to 15 min; failures older than 15 min are forgotten.
 * auth_init() must run once before any thread uses these (sodium_init).
 *
 * Ownership: struct auth is owned by the server context; nothing here
 * allocates except auth_init()'s semaphore, released by auth_release().
 */
#ifndef SB40_WEB_AUTH_H
#define SB40_WEB_AUTH_H
#include <semaphore.h>
#include <stddef.h>
#include "base/error.h"

#define AUTH_MAX_HASHING 2
#define AUTH_FREE_USER 5
#define AUTH_FREE_ADDR 20
#define AUTH_WINDOW 900 /* seconds after which failures are forgotten */
#define AUTH_TOKEN_CHARS 44  /* base64url of 32 bytes, with NUL */
#define AUTH_HASH_CHARS 65   /* hex of 32 bytes, with NUL */
#define AUTH_PWHASH_CHARS 128 /* crypto_pwhash_STRBYTES */
#define AUTH_MIN_PASSWORD 10

struct auth {
	sem_t hashing;
	char dummy_hash[AUTH_PWHASH_CHARS]; /* verified against for unknown logins */
};

int auth_init(struct auth *a, struct sb40_error *err);
void auth_release(struct auth *a);

/* Hash PASSWORD into OUT (AUTH_PWHASH_CHARS).  A (may be NULL: no bound)
 * bounds concurrency.  Refuses passwords shorter than AUTH_MIN_PASSWORD. */
int auth_hash_password(struct auth *a, const char *password, char *out, struct sb40_error *err);
/* 1 when PASSWORD matches HASH (libsodium's encoded string), else 0.  An
 * empty or NULL HASH is checked against a dummy so that the time taken does
 * not tell whether the account exists. */
int auth_verify_password(struct auth *a, const char *hash, const char *password);

/* A new random token, base64url, into OUT (AUTH_TOKEN_CHARS). */
void auth_token(char *out);
/* The hex BLAKE2b-256 of TOKEN into OUT (AUTH_HASH_CHARS). */
void auth_token_hash(const char *token, char *out);
/* Constant-time equality of two NUL-terminated strings (lengths may leak). */
int auth_equal(const char *a, const char *b);

/* Seconds a sign-in must wait after FAILURES failures, the last at LAST, at
 * time NOW, when FREE failures are allowed: 0 = go ahead. */
long auth_throttle_wait(long failures, long last, long now, long free);

/* A random password of 16 characters from an unambiguous alphabet into OUT
 * (at least 17 bytes): for the demo's admin. */
void auth_random_password(char *out);

#endif
