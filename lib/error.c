/* Status codes, their texts, and the error detail object. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static const char *const messages[GAC_STATUS_END] = {
	[GAC_OK] = "success",
	[GAC_ENOMEM] = "out of memory",
	[GAC_EIO] = "input/output error",
	[GAC_ESYNTAX] = "YAML syntax error",
	[GAC_ESCHEMA] = "schema error",
	[GAC_EVALUE] = "invalid value",
	[GAC_ELIMIT] = "input exceeds a limit",
	[GAC_EMODEL] = "unknown model",
	[GAC_EREGION] = "model not offered in region",
	[GAC_ENOPRICE] = "no price for what is used",
	[GAC_EPARAM] = "unknown parameter",
	[GAC_EARG] = "invalid argument",
	[GAC_ERANGE] = "result out of range",
	[GAC_ENOTFOUND] = "price sheet not found",
	[GAC_EVERSION] = "unsupported schema version",
	[GAC_ESERVICE] = "unknown service",
	[GAC_EACCESS] = "file outside the allowed directories",
};

const char *gac_strerror(gac_status status)
{
	if ((int)status < 0 || status >= GAC_STATUS_END || !messages[status])
		return "unknown status";
	return messages[status];
}

void gac_error_clear(gac_error *err)
{
	if (!err)
		return;
	err->status = GAC_OK;
	err->line = err->column = 0;
	err->file[0] = '\0';
	err->message[0] = '\0';
}

const char *gac_version(void)
{
	return GAC_VERSION_STRING;
}

gac_status gac_fail(gac_error *err, gac_status st, const char *file, unsigned line, unsigned col,
                    const char *fmt, ...)
{
	if (!err)
		return st;
	err->status = st;
	err->line = line;
	err->column = col;
	gac_c_snprintf(err->file, sizeof err->file, "%s", file ? file : "");
	va_list ap;
	va_start(ap, fmt);
	gac_c_vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return st;
}
