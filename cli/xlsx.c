/*
 * --format xlsx: a workbook written by the library (libxlsxwriter writes
 * files, not texts) into a private temporary directory, read back, then
 * put in place by emit_bytes, the way every report is: a regular file
 * replaced atomically, a device, FIFO or socket written in place,
 * standard output when it is not a terminal.  A failure at any step
 * leaves the target untouched and no temporary file behind.
 */
#define _GNU_SOURCE /* mkdtemp */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Read all of a file; 0 or an errno. */
static int slurp(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int e = 0;
	for (;;) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 65536;
			char *b = realloc(buf, ncap);
			if (!b) {
				e = ENOMEM;
				break;
			}
			buf = b;
			cap = ncap;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0) {
			if (ferror(f))
				e = errno ? errno : EIO;
			break;
		}
	}
	fclose(f);
	if (e) {
		free(buf);
		return e;
	}
	*out = buf;
	*len = n;
	return 0;
}

int emit_xlsx(cli *c, const char *cmd, xlsx_write_fn write, void *ctx, const char *path)
{
	bool to_stdout = !path || !strcmp(path, "-");
	if (to_stdout && c->out == stdout && isatty(STDOUT_FILENO))
		return usage_error(c, cmd, "--format xlsx writes a binary workbook: give -o FILE.xlsx, or redirect "
		                   "standard output to a file");
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	size_t n = strlen(tmp) + 64;
	char *dir = malloc(n), *file = malloc(n);
	if (!dir || !file) {
		free(dir);
		free(file);
		fprintf(c->err, "%s: out of memory\n", c->prog);
		return EXIT_IO;
	}
	snprintf(dir, n, "%s/genaicost-xlsx-XXXXXX", tmp);
	int rc = EXIT_OK;
	if (!mkdtemp(dir)) {
		fprintf(c->err, "%s: %s: cannot create a temporary directory for the workbook: %s (set TMPDIR)\n",
		        c->prog, tmp, strerror(errno));
		free(dir);
		free(file);
		return EXIT_IO;
	}
	snprintf(file, n, "%s/workbook.xlsx", dir);
	char *data = NULL;
	size_t len = 0;
	gac_status st = write(file, ctx);
	if (st == GAC_EIO) {
		fprintf(c->err, "%s: %s: cannot write the workbook (temporary file)\n", c->prog, file);
		rc = EXIT_IO;
	} else if (st != GAC_OK) {
		rc = report_error(c, st, NULL);
	} else {
		int e = slurp(file, &data, &len);
		if (e) {
			fprintf(c->err, "%s: %s: cannot read the workbook back: %s\n", c->prog, file, strerror(e));
			rc = EXIT_IO;
		}
	}
	unlink(file);
	rmdir(dir);
	free(file);
	free(dir);
	if (rc == EXIT_OK)
		rc = emit_bytes(c, data, len, path);
	free(data);
	return rc;
}
