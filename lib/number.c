/* Strict, locale-independent number parsing. */
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Copy the digits of `s` without '_' separators, checking the grammar
 * [+-]? D+ (. D+)? ([eE] [+-]? D+)? where D+ is digits joined by single
 * '_' between digits.  Returns the length consumed, 0 when malformed. */
static size_t scan_plain(const char *s, char *dst, size_t cap)
{
	size_t i = 0, o = 0;
#define PUT(ch) do { if (o + 1 >= cap) return 0; dst[o++] = (ch); } while (0)
	if (s[i] == '+' || s[i] == '-')
		PUT(s[i++]);
	size_t digits = 0;
	while (isdigit((unsigned char)s[i]) || s[i] == '_') {
		if (s[i] == '_') {
			if (!digits || !isdigit((unsigned char)s[i + 1]))
				return 0;
		} else {
			PUT(s[i]);
			digits++;
		}
		i++;
	}
	if (s[i] == '.') {
		PUT(s[i++]);
		size_t frac = 0;
		while (isdigit((unsigned char)s[i]) || s[i] == '_') {
			if (s[i] == '_') {
				if (!frac || !isdigit((unsigned char)s[i + 1]))
					return 0;
			} else {
				PUT(s[i]);
				frac++;
			}
			i++;
		}
		if (!digits && !frac)
			return 0;
		digits += frac;
	}
	if (!digits)
		return 0;
	if (s[i] == 'e' || s[i] == 'E') {
		PUT(s[i++]);
		if (s[i] == '+' || s[i] == '-')
			PUT(s[i++]);
		size_t exp = 0;
		while (isdigit((unsigned char)s[i])) {
			PUT(s[i++]);
			exp++;
		}
		if (!exp)
			return 0;
	}
	dst[o] = '\0';
	return i;
#undef PUT
}

gac_status gac_parse_number(double *out, const char *text, unsigned flags)
{
	if (!out || !text)
		return GAC_EARG;
	char digits[128];
	size_t used = scan_plain(text, digits, sizeof digits);
	if (!used)
		return GAC_EVALUE;
	double scale = 1.0;
	bool percent = false;
	const char *rest = text + used;
	if (*rest) {
		if ((flags & GAC_NUM_SUFFIX) && (rest[0] == 'k' || rest[0] == 'K') && !rest[1])
			scale = 1e3;
		else if ((flags & GAC_NUM_SUFFIX) && rest[0] == 'M' && !rest[1])
			scale = 1e6;
		else if ((flags & GAC_NUM_SUFFIX) && rest[0] == 'B' && !rest[1])
			scale = 1e9;
		else if ((flags & GAC_NUM_PERCENT) && rest[0] == '%' && !rest[1])
			percent = true;
		else
			return GAC_EVALUE;
	}
	char *end = NULL;
	double v = gac_c_strtod(digits, &end);
	if (!end || *end)
		return GAC_EVALUE;
	/* divide for %, so 50% is exactly 0.5 */
	v = percent ? v / 100.0 : v * scale;
	if (!isfinite(v))
		return GAC_ERANGE;
	if ((flags & GAC_NUM_NONNEG) && v < 0)
		return GAC_EVALUE;
	if (v == 0)
		v = 0.0;  /* no negative zero in reports */
	*out = v;
	return GAC_OK;
}
