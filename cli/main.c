#include "cli.h"

#include <locale.h>

int main(int argc, char **argv)
{
	/* the user's locale may shape messages; numbers are parsed and
	 * printed locale-independently by the library */
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	return gac_cli_run(argc, argv, stdout, stderr);
}
