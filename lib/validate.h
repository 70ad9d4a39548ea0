/* Validations (internal): the entries gac_report_validate renders. */
#ifndef GAC_VALIDATE_H
#define GAC_VALIDATE_H

#include "internal.h"

typedef struct gac_valid_entry {
	char *path;            /* the file as the user named it */
	int kind;              /* gac_file_kind, 0: not known */
	bool valid;
	/* what loaded: a sheet's name, date and model count; a scenario's
	 * name (NULL: it has none), workloads and options, and the name of
	 * the sheet it was priced with */
	bool has_sheet, has_scenario;
	char *sheet_name, *sheet_as_of, *scenario_name;
	size_t models, workloads, options;
	char *warning;         /* NULL: none */
	gac_status status;     /* GAC_OK when valid */
	gac_error err;         /* where and why, when not valid */
} gac_valid_entry;

struct gac_validation {
	gac_valid_entry *entries;
	size_t count, cap, invalid;
};

#endif
