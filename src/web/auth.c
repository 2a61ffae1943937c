/* auth.c - libsodium underneath auth.h. */
#include "web/auth.h"
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

int auth_init(struct auth *a, struct sb40_error *err)
{
	if (sodium_init() < 0)
		return error_set(err, SB40_EIO, "libsodium failed to initialise");
	if (sem_init(&a->hashing, 0, AUTH_MAX_HASHING))
		return error_set(err, SB40_EIO, "cannot create a semaphore");
	if (crypto_pwhash_str(a->dummy_hash, "sb40 dummy password", 19,
			      crypto_pwhash_OPSLIMIT_INTERACTIVE,
			      crypto_pwhash_MEMLIMIT_INTERACTIVE)) {
		sem_destroy(&a->hashing);
		return error_set(err, SB40_ENOMEM, "out of memory for password hashing");
	}
	return 0;
}

void auth_release(struct auth *a)
{
	sem_destroy(&a->hashing);
}

int auth_hash_password(struct auth *a, const char *password, char *out, struct sb40_error *err)
{
	int rc;
	if (sodium_init() < 0)
		return error_set(err, SB40_EIO, "libsodium failed to initialise");
	if (strlen(password) < AUTH_MIN_PASSWORD)
		return error_setwhere(err, SB40_EINVAL, "password",
				      "the password is too short (at least %d characters)",
				      AUTH_MIN_PASSWORD);
	if (a)
		sem_wait(&a->hashing);
	rc = crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
			       crypto_pwhash_MEMLIMIT_INTERACTIVE);
	if (a)
		sem_post(&a->hashing);
	if (rc)
		return error_set(err, SB40_ENOMEM, "out of memory for password hashing");
	return 0;
}

int auth_verify_password(struct auth *a, const char *hash, const char *password)
{
	int ok;
	const char *h = hash && *hash ? hash : a ? a->dummy_hash : NULL;
	if (!h)
		return 0;
	if (a)
		sem_wait(&a->hashing);
	ok = crypto_pwhash_str_verify(h, password, strlen(password)) == 0;
	if (a)
		sem_post(&a->hashing);
	return ok && h != (a ? a->dummy_hash : NULL);
}

void auth_token(char *out)
{
	unsigned char raw[32];
	randombytes_buf(raw, sizeof raw);
	sodium_bin2base64(out, AUTH_TOKEN_CHARS, raw, sizeof raw,
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof raw);
}

void auth_token_hash(const char *token, char *out)
{
	unsigned char h[32];
	crypto_generichash(h, sizeof h, (const unsigned char *)token, strlen(token), NULL, 0);
	sodium_bin2hex(out, AUTH_HASH_CHARS, h, sizeof h);
}

int auth_equal(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (n != strlen(b) || n == 0)
		return 0;
	return sodium_memcmp(a, b, n) == 0;
}

long auth_throttle_wait(long failures, long last, long now, long free)
{
	long wait = 30;
	if (failures < free || now - last >= AUTH_WINDOW)
		return 0;
	for (long i = free; i < failures && wait < AUTH_WINDOW; i++)
		wait *= 2;
	if (wait > AUTH_WINDOW)
		wait = AUTH_WINDOW;
	return last + wait > now ? last + wait - now : 0;
}

void auth_random_password(char *out)
{
	static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	if (sodium_init() < 0)
		abort(); /* no randomness: nothing safe to hand out */
	for (int i = 0; i < 16; i++)
		out[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
	out[16] = '\0';
}
