/* The formats a report can be written in: the one table of them.  A new
 * format is one row here (its name, which reports it writes) and one
 * writer; gac_format_parse and the CLI's --format read this table. */
#include "table.h"

#include <string.h>

/* Every report that writes CSV and Markdown: the analyses, the model
 * list and reconcile (by the name of the command that asks for it). */
#define GAC_ANALYSES                                                                                          \
	" estimate compare what-if break-even sensitivity forecast simulate check diff models reconcile "

static const struct format_row {
	const char *name;
	gac_format format;
	const char *reports;  /* " name name ... ", or NULL for every report */
} formats[] = {
	{"table", GAC_FORMAT_TABLE, NULL},
	{"json", GAC_FORMAT_JSON, GAC_ANALYSES "params validate import-prices calibrate "},
	{"csv", GAC_FORMAT_CSV, GAC_ANALYSES},
	/* calibrate's log of what was read as a fenced block */
	{"markdown", GAC_FORMAT_MARKDOWN, GAC_ANALYSES "calibrate "},
	/* a workbook file, by gac_report_xlsx and its siblings (report_xlsx.c) */
	{"xlsx", GAC_FORMAT_XLSX, " estimate compare forecast "},
	/* a page around a report's Markdown, by gac_report_html (report_html.c) */
	{"html", GAC_FORMAT_HTML, GAC_ANALYSES "calibrate "},
};
#define NFORMATS (sizeof formats / sizeof formats[0])

bool gac_format_is_text(gac_format f)
{
	return f == GAC_FORMAT_TABLE || f == GAC_FORMAT_JSON || f == GAC_FORMAT_CSV || f == GAC_FORMAT_MARKDOWN;
}

gac_status gac_format_parse(gac_format *out, const char *name)
{
	if (!out || !name)
		return GAC_EARG;
	for (size_t i = 0; i < NFORMATS; i++)
		if (!strcmp(name, formats[i].name)) {
			*out = formats[i].format;
			return GAC_OK;
		}
	if (!strcmp(name, "md")) {  /* the one alias */
		*out = GAC_FORMAT_MARKDOWN;
		return GAC_OK;
	}
	return GAC_EVALUE;
}

const char *gac_format_name(gac_format format)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (formats[i].format == format)
			return formats[i].name;
	return NULL;
}

int gac_format_writes(gac_format format, const char *report)
{
	if (!report || !*report || strchr(report, ' '))
		return 0;
	for (size_t i = 0; i < NFORMATS; i++) {
		if (formats[i].format != format)
			continue;
		if (!formats[i].reports)
			return 1;
		size_t n = strlen(report);
		for (const char *p = strstr(formats[i].reports, report); p; p = strstr(p + 1, report))
			if (p[-1] == ' ' && p[n] == ' ')
				return 1;
		return 0;
	}
	return 0;
}
