/*
 * Which files a scenario may make genaicost read.  A scenario can be
 * someone else's (a pull request priced by the CI gate), so the paths it
 * names (an empirical distribution's csv:, a pricing: sheet) must
 * resolve, symbolic links and '..' followed, inside the scenario's own
 * directory, a bundled sheet directory, or a directory the user allowed.
 */
#define _XOPEN_SOURCE 700  /* realpath */
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dir_of(const char *name)
{
	const char *slash = name ? strrchr(name, '/') : NULL;
	if (!slash)
		return gac_strdup(".");
	size_t n = slash == name ? 1 : (size_t)(slash - name);
	char *d = gac_malloc(n + 1);
	if (d) {
		memcpy(d, name, n);
		d[n] = '\0';
	}
	return d;
}

static char **dup_list(const char *const *list)
{
	size_t n = 0;
	while (list && list[n])
		n++;
	char **out = gac_calloc(n + 1, sizeof *out);
	for (size_t i = 0; out && i < n; i++)
		if (!(out[i] = gac_strdup(list[i]))) {
			for (size_t j = 0; j < i; j++)
				free(out[j]);
			free(out);
			out = NULL;
		}
	return out;
}

gac_status gac_load_options_init(gac_load_options *opts, unsigned int version)
{
	if (!opts || version < 1 || version > GAC_LOAD_OPTIONS_VERSION)
		return GAC_EARG;
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return GAC_OK;
}

gac_status gac_access_init(gac_access *a, const char *name, const gac_load_options *opts, gac_error *err)
{
	memset(a, 0, sizeof *a);
	/* version 0 (a zeroed struct) is the defaults, as its zeros read */
	if (opts && opts->version > GAC_LOAD_OPTIONS_VERSION)
		return gac_fail(err, GAC_EARG, name, 0, 0,
		                "load options of version %u: this library knows versions up to %u", opts->version,
		                GAC_LOAD_OPTIONS_VERSION);
	a->any = opts && (opts->flags & GAC_LOAD_ANY_PATH);
	a->base = dir_of(name);
	a->allow = dup_list(opts ? opts->allow : NULL);
	if (!a->base || !a->allow) {
		gac_access_free(a);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	return GAC_OK;
}

gac_status gac_access_copy(gac_access *dst, const gac_access *src)
{
	memset(dst, 0, sizeof *dst);
	dst->any = src->any;
	if (!src->base)
		return GAC_OK;
	dst->base = gac_strdup(src->base);
	dst->allow = dup_list((const char *const *)src->allow);
	if (!dst->base || !dst->allow) {
		gac_access_free(dst);
		return GAC_ENOMEM;
	}
	return GAC_OK;
}

void gac_access_free(gac_access *a)
{
	if (!a)
		return;
	for (size_t i = 0; a->allow && a->allow[i]; i++)
		free(a->allow[i]);
	free(a->allow);
	free(a->base);
	memset(a, 0, sizeof *a);
}

/* Whether the resolved path `real` is `dir` or lies under it. */
static bool inside(const char *real, const char *dir)
{
	char *root = dir && *dir ? realpath(dir, NULL) : NULL;
	if (!root)
		return false;
	size_t n = strlen(root);
	bool in = !strncmp(real, root, n) && (real[n] == '\0' || real[n] == '/' || (n == 1 && root[0] == '/'));
	free(root);
	return in;
}

/* The path resolved; for a missing file, its directory resolved with the
 * last part added, so that a missing file inside is for the reader to
 * report and one outside is still refused. */
static char *resolve(const char *path)
{
	char *real = realpath(path, NULL);
	if (real || errno != ENOENT)
		return real;
	const char *slash = strrchr(path, '/');
	char *dir = dir_of(path);
	char *rdir = dir ? realpath(dir, NULL) : NULL;
	free(dir);
	if (!rdir)
		return NULL;
	const char *last = slash ? slash + 1 : path;
	if (!strcmp(last, "..") || !strcmp(last, ".")) {
		free(rdir);
		return NULL;
	}
	size_t n = strlen(rdir) + strlen(last) + 2;
	real = gac_malloc(n);
	if (real)
		snprintf(real, n, "%s/%s", strcmp(rdir, "/") ? rdir : "", last);
	free(rdir);
	return real;
}

gac_status gac_access_check(const gac_access *a, const char *path, const char *const *dirs, const char *what,
                            const char *file, unsigned line, unsigned col, gac_error *err)
{
	if (!a || a->any || !a->base)
		return GAC_OK;
	char *real = resolve(path);
	bool ok = false, resolved = real != NULL;
	if (real) {
		ok = inside(real, a->base);
		for (size_t i = 0; !ok && a->allow && a->allow[i]; i++)
			ok = inside(real, a->allow[i]);
		for (size_t i = 0; !ok && dirs && dirs[i]; i++)
			ok = inside(real, dirs[i]);
		free(real);
	}
	if (ok)
		return GAC_OK;
	return gac_fail(err, GAC_EACCESS, file, line, col,
	                "%s: '%.200s' is outside the scenario's directory%s: a scenario may name files only there%s "
	                "(allow a directory with --allow-path DIR or GENAICOST_ALLOW_PATH)",
	                what, path, resolved ? "" : " or cannot be resolved",
	                dirs && dirs[0] ? " or in the bundled sheets" : "");
}

int gac_shown(const char *text)
{
	size_t n = strlen(text);
	if (n <= GAC_SHOWN)
		return (int)n;
	n = GAC_SHOWN;
	while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

const char *gac_cut(const char *text)
{
	return strlen(text) > GAC_SHOWN ? "..." : "";
}
