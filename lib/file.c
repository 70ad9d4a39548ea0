/* What kind of genaicost file a path holds. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

gac_status gac_file_kind_of(gac_file_kind *out, const char *path, gac_error *err)
{
	if (!out || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output or no path");
	gac_error_clear(err);
	char *data;
	size_t len;
	gac_status st = gac_read_file(&data, &len, path, GAC_MAX_FILE_BYTES, err);
	if (st != GAC_OK)
		return st;
	gac_doc doc;
	st = gac_yaml_parse(&doc, data, len, path, err);
	free(data);
	if (st != GAC_OK)
		return st;
	const gac_node *root = doc.root;
	const gac_node *v = gac_map_get(root, "genaicost");
	if (!v || v->type != GAC_NODE_SCALAR)
		st = gac_fail(err, GAC_ESCHEMA, path, root->line, root->col,
		              "not a genaicost file: expected a 'genaicost: pricesheet/1' or "
		              "'genaicost: scenario/1' key");
	else if (!strncmp(v->text, "pricesheet/", 11))
		*out = GAC_FILE_PRICESHEET;
	else if (!strncmp(v->text, "scenario/", 9))
		*out = GAC_FILE_SCENARIO;
	else
		st = gac_fail(err, GAC_ESCHEMA, path, v->line, v->col,
		              "unknown genaicost file type '%s' (expected pricesheet/1 or scenario/1)",
		              v->text);
	gac_yaml_free(&doc);
	return st;
}
