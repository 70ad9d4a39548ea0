/* Where the bundled price sheets are: GENAICOST_PRICING_PATH, then the
 * directory compiled in at build time (the installed pricing/). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* The Makefile passes -DGAC_PRICINGDIR='"$(PRICINGDIR)"'; a build
 * without it gets the Makefile's default prefix. */
#ifndef GAC_PRICINGDIR
#define GAC_PRICINGDIR "/usr/local/share/genaicost/pricing"
#endif

const char *gac_pricing_dir(void)
{
	return GAC_PRICINGDIR;
}

gac_status gac_pricing_dirs(char ***dirs_out, gac_error *err)
{
	if (!dirs_out)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output for the pricing directories");
	*dirs_out = NULL;
	const char *env = getenv("GENAICOST_PRICING_PATH");
	if (!env)
		env = "";
	/* one block: the NULL-terminated array, then the strings it points
	 * at, so that one free() releases it all */
	size_t n = 1, chars = strlen(env) + 1 + strlen(GAC_PRICINGDIR) + 1;
	for (const char *p = env; *p; p++)
		n += *p == ':';
	n += 2;  /* the last entry of env and the compiled-in directory */
	char **dirs = gac_malloc(n * sizeof *dirs + chars);
	if (!dirs)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	char *s = (char *)(dirs + n);
	size_t k = 0;
	for (const char *p = env; *p;) {
		size_t len = strcspn(p, ":");
		if (len) {  /* empty entries are skipped */
			memcpy(s, p, len);
			s[len] = '\0';
			dirs[k++] = s;
			s += len + 1;
		}
		p += len;
		if (*p == ':')
			p++;
	}
	strcpy(s, GAC_PRICINGDIR);
	dirs[k++] = s;
	dirs[k] = NULL;
	*dirs_out = dirs;
	return GAC_OK;
}
