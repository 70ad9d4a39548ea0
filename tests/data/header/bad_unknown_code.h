/* A good header: every declaration in the fixed shape. */
#ifndef GOOD_H
#define GOOD_H

#include <stddef.h>

/* Version of the example, as text. */
#define EX_VERSION "1.0"

/* Status codes. */
typedef enum ex_status {
	EX_OK = 0,     /* success */
	EX_ENOMEM = 1  /* out of memory */
} ex_status;

/* An example handle, opaque. */
typedef struct ex_thing ex_thing;

/*
 * A pair of figures.
 *
 * lo, hi: the ends of the range
 */
typedef struct ex_pair {
	double lo, hi;
	size_t count;  /* points */
} ex_pair;

/*
 * Make a thing.
 *
 * out:        receives the thing
 * size:       bytes to keep
 * Ownership:  *out belongs to the caller; free it with ex_free().
 * Returns:    EX_OK, or the status of the failure.
 * Errors:     EX_ENOMEN when memory runs out.
 */
GAC_API ex_status ex_new(ex_thing **out, size_t size);

/*
 * Free a thing.
 *
 * thing:      the thing; NULL does nothing
 * Ownership:  takes `thing`.
 */
GAC_API void ex_free(ex_thing *thing);

/*
 * The size of a thing.
 *
 * thing:    the thing
 * Returns:  its size in bytes; 0 for NULL.
 */
GAC_API size_t ex_size(const ex_thing *thing);

#endif
