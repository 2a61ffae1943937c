/* assess_web.h - private to src/web/: what the assessment pages share
 * (defined in h_assess.c, used by h_assess_innov.c too).
 *
 * Ownership: strings are in the request's arena; buffers are the caller's.
 */
#ifndef SB40_WEB_ASSESS_WEB_H
#define SB40_WEB_ASSESS_WEB_H
#include "web/web_int.h"

/* The registry's name of firm TIN, in the arena, or NULL. */
const char *assess_firm_name(struct web_req *r, const char *tin);
/* "The assessment could not be made" with ERR's text, as a card. */
void assess_failed(struct web_req *r, struct buf *b, struct sb40_error *err);
/* The HTTP status of an assess_run error. */
unsigned assess_status_of(const struct sb40_error *err);
/* <datalist>s dl-zone and dl-region: the registry's codes (the peers are
 * found by them), labelled with their names in the request's language. */
void assess_datalists(struct web_req *r, struct buf *b);

#endif
