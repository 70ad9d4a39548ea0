/* The CLI in process (pkgconf style): argv in, exit code and text out. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct run_out {
	int rc;
	char out[1 << 16];
	char err[1 << 14];
} run_out;

static void slurp(FILE *f, char *buf, size_t cap)
{
	rewind(f);
	size_t n = fread(buf, 1, cap - 1, f);
	buf[n] = '\0';
	fclose(f);
}

static run_out *run_cli(int argc, const char *const *argv)
{
	static run_out r;
	FILE *out = tmpfile(), *err = tmpfile();
	ck_assert(out && err);
	/* give pricing_dirs() the source tree's sheets */
	setenv("GENAICOST_PRICING_PATH", test_path("pricing"), 1);
	r.rc = gac_cli_run(argc, (char **)argv, out, err);
	slurp(out, r.out, sizeof r.out);
	slurp(err, r.err, sizeof r.err);
	return &r;
}

#define RUN(...)                                                                \
	run_cli((int)(sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *)), \
	        (const char *const[]){__VA_ARGS__})

START_TEST(quick_estimate)
{
	run_out *r = RUN("genaicost", "estimate", "--model", "anthropic.claude-3-5-sonnet-20241022-v2:0",
	                 "--requests", "1M", "--input-tokens", "1500", "--output-tokens", "400");
	ck_assert_int_eq(r->rc, 0);
	ck_assert_ptr_nonnull(strstr(r->out, "$10,500.00"));
	/* AWS retired the model (the sheet's retired:): priced, with a warning */
	ck_assert_str_eq(r->err, "genaicost: warning: anthropic.claude-3-5-sonnet-20241022-v2:0 was retired on "
	                         "2026-07-30 (AWS end of life); priced at the sheet's last prices\n");
}
END_TEST

START_TEST(scenario_estimate_json)
{
	char path[4096];
	snprintf(path, sizeof path, "%s", test_path("examples/chatbot.yaml"));
	run_out *r = RUN("genaicost", "estimate", path, "--format", "json");
	ck_assert_int_eq(r->rc, 0);
	ck_assert_ptr_nonnull(strstr(r->out, "\"total\": 14175.0"));
}
END_TEST

/* a models filter that matches nothing is exit 3 naming what there is;
 * a filter that matches lists the models, exit 0 */
START_TEST(models_no_match)
{
	run_out *r = RUN("genaicost", "models", "--vendor", "nobody");
	ck_assert_int_eq(r->rc, 3);
	ck_assert_str_eq(r->out, "");
	ck_assert_ptr_nonnull(strstr(r->err, "no model of vendor 'nobody'; the sheet's vendors: anthropic, "));
	/* each vendor once, however many models it has */
	ck_assert_ptr_null(strstr(strstr(r->err, "anthropic") + 1, "anthropic"));
	r = RUN("genaicost", "models", "--region", "me-central-1");
	ck_assert_int_eq(r->rc, 3);
	ck_assert_ptr_nonnull(strstr(r->err, "no model offered in region 'me-central-1'; the sheet's regions: "));
	r = RUN("genaicost", "models", "--vendor", "anthropic", "--region", "us-west-2");
	ck_assert_int_eq(r->rc, 0);
	ck_assert_ptr_nonnull(strstr(r->out, "anthropic"));
}
END_TEST

/* validate names a scenario without a name: still valid, exit 0 */
START_TEST(validate_no_name)
{
	char path[] = "/tmp/gac-noname-XXXXXX";
	int fd = mkstemp(path);
	ck_assert(fd >= 0);
	static const char y[] = "genaicost: scenario/1\nworkloads:\n  - {name: a, model: "
	                        "anthropic.claude-3-5-haiku-20241022-v1:0, requests_per_month: 1000, "
	                        "input_tokens: 100, output_tokens: 10}\n";
	ck_assert(write(fd, y, sizeof y - 1) == (ssize_t)(sizeof y - 1));
	close(fd);
	run_out *r = RUN("genaicost", "validate", path);
	ck_assert_int_eq(r->rc, 0);
	ck_assert_ptr_nonnull(strstr(r->out, ": ok: scenario (no name), 1 workload, 0 options"));
	ck_assert_ptr_nonnull(strstr(r->err, "warning: the scenario has no name"));
	unlink(path);
}
END_TEST

START_TEST(exit_codes)
{
	ck_assert_int_eq(RUN("genaicost")->rc, EXIT_USAGE);
	ck_assert_int_eq(RUN("genaicost", "nope")->rc, EXIT_USAGE);
	ck_assert_int_eq(RUN("genaicost", "estimate", "--bogus")->rc, EXIT_USAGE);
	run_out *r = RUN("genaicost", "estimate", "/nonexistent/x.yaml");
	ck_assert_int_eq(r->rc, EXIT_IO);
	ck_assert_str_eq(r->err, "genaicost: /nonexistent/x.yaml: cannot open: No such file or directory\n");
	char path[4096];
	snprintf(path, sizeof path, "%s", test_path("tests/data/bad/unknown-key.yaml"));
	r = RUN("genaicost", "validate", path);
	ck_assert_int_eq(r->rc, EXIT_INVALID);
	ck_assert_ptr_nonnull(strstr(r->err, "unknown-key.yaml:9:5: unknown key 'output_tokns'"));
	ck_assert_int_eq(RUN("genaicost", "--version")->rc, EXIT_OK);
	ck_assert_int_eq(exit_code_for(GAC_ESYNTAX), EXIT_INVALID);
	ck_assert_int_eq(exit_code_for(GAC_EMODEL), EXIT_INVALID);
	ck_assert_int_eq(exit_code_for(GAC_EREGION), EXIT_INVALID);
	ck_assert_int_eq(exit_code_for(GAC_EIO), EXIT_IO);
	ck_assert_int_eq(exit_code_for(GAC_ENOMEM), EXIT_IO);
	ck_assert_int_eq(exit_code_for(GAC_EPARAM), EXIT_USAGE);
}
END_TEST

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	static char text[1 << 20];
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	return text;
}

/* The part of text from the first `from` up to the first of `ends` after
 * it, copied into out (empty when `from` is absent). */
static void cut(char *out, size_t cap, const char *text, const char *from, const char *const *ends)
{
	out[0] = '\0';
	const char *at = strstr(text, from);
	if (!at)
		return;
	size_t n = strlen(at);
	for (const char *const *e = ends; *e; e++) {
		const char *z = strstr(at + strlen(from), *e);
		if (z && (size_t)(z - at) < n)
			n = (size_t)(z - at);
	}
	snprintf(out, cap, "%.*s", (int)(n < cap ? n : cap - 1), at);
}

/* Whether an mdoc text documents the option named by p[0..n) (without
 * its dashes): .Fl -name, or .Fl o for -o, --output. */
static bool mdoc_has_option(const char *text, const char *p, size_t n)
{
	char want[80];
	static const char *const after[] = {" ", "\n", ","};
	for (size_t k = 0; k < 3; k++) {
		snprintf(want, sizeof want, "Fl -%.*s%s", (int)n, p, after[k]);
		if (strstr(text, want))
			return true;
	}
	return n == 6 && !strncmp(p, "output", 6) && strstr(text, "Fl o ");
}

/* --max-increase says its unit: 10% or $10, never a bare number.  The
 * chatbot with 500 output tokens instead of 400 rises by 100 tokens on
 * the 2M × (1 - 0.1 response-cache hits) = 1.8M requests priced:
 * 80% on demand, 144M tokens × $15/1M = $2,160, and 20% batch, 36M × $7.50/1M
 * = $270: $2,430 over the baseline's $14,175, +17.1%. */
START_TEST(max_increase_forms)
{
	char scen[4096], base[4096];
	snprintf(scen, sizeof scen, "%s", test_path("examples/chatbot.yaml"));
	snprintf(base, sizeof base, "%s", test_path("examples/ci/chatbot.baseline.json"));
#define GATE(limit) RUN("genaicost", "check", scen, "--baseline", base, "--set", "workloads.chat.output_tokens=500", \
	                "--max-increase", limit)
	run_out *r = GATE("10");
	ck_assert_int_eq(r->rc, EXIT_USAGE);
	ck_assert_str_eq(r->err, "genaicost: --max-increase takes a share such as 10% or an amount such as $500 "
	                         "(got '10')\nTry 'genaicost check --help'.\n");
	ck_assert_str_eq(r->out, "");
	ck_assert_int_eq(GATE("10%")->rc, EXIT_CHECK);       /* +17.1% > 10% */
	ck_assert_int_eq(GATE("20%")->rc, EXIT_OK);
	r = GATE("$2430");                                   /* exactly at the limit: holds */
	ck_assert_int_eq(r->rc, EXIT_OK);
	ck_assert_ptr_nonnull(strstr(r->out, "budget.max_increase  total       +$2,430.00"));
	ck_assert_int_eq(GATE("$2429.99")->rc, EXIT_CHECK);
	ck_assert_int_eq(GATE("$2.5k")->rc, EXIT_OK);
	ck_assert_int_eq(GATE("$10%")->rc, EXIT_USAGE);
	ck_assert_int_eq(GATE("$")->rc, EXIT_USAGE);
	ck_assert_int_eq(GATE("%")->rc, EXIT_USAGE);
#undef GATE
}
END_TEST

/* A baseline of another scenario: refused (exit 3, both names) unless
 * --allow-other-baseline, and then the report says so. */
START_TEST(other_baseline)
{
	char scen[4096], base[4096];
	snprintf(scen, sizeof scen, "%s", test_path("examples/chatbot.yaml"));
	snprintf(base, sizeof base, "%s", test_path("tests/data/ci/baseline-2025.json"));
	run_out *r = RUN("genaicost", "check", scen, "--baseline", base, "--max-increase", "10%");
	ck_assert_int_eq(r->rc, EXIT_INVALID);
	ck_assert_ptr_nonnull(strstr(r->err, "baseline-2025.json:4:13: the baseline is of scenario 'gate', not of "
	                                     "'support-chatbot' checked against it"));
	ck_assert_ptr_nonnull(strstr(r->err, "give --allow-other-baseline"));
	ck_assert_str_eq(r->out, "");
	r = RUN("genaicost", "check", scen, "--baseline", base, "--max-increase", "10%", "--allow-other-baseline");
	ck_assert_int_eq(r->rc, EXIT_CHECK);  /* $14,175 over gate's $5,425 */
	ck_assert_ptr_nonnull(strstr(r->out, "The baseline is of another scenario, gate, not support-chatbot"));
}
END_TEST

/* Every command that --help lists is documented in genaicost(1), and each
 * long option its own --help shows appears in that command's SYNOPSIS
 * entries and in its section of genaicost(1) (or in its own page, where it
 * has one) -- as curl's test1139 does for curl.1, per command. */
START_TEST(help_matches_man_page)
{
	static char man[1 << 20], synopsis[1 << 16];
	snprintf(man, sizeof man, "%s", read_all(test_path("man/genaicost.1")));
	static const char *const syn_end[] = {"\n.Sh DESCRIPTION", NULL};
	cut(synopsis, sizeof synopsis, man, ".Sh SYNOPSIS", syn_end);
	ck_assert(synopsis[0]);
	run_out *r = RUN("genaicost", "--help");
	ck_assert_int_eq(r->rc, 0);
	static char top[1 << 16];
	snprintf(top, sizeof top, "%s", r->out);
	/* the commands are the "  name  summary" lines under "Commands:" */
	static char cmds[16][32];
	size_t ncmds = 0;
	const char *at = strstr(top, "Commands:\n");
	ck_assert_ptr_nonnull(at);
	for (at = strchr(at, '\n') + 1; at[0] == ' ' && at[1] == ' ' && ncmds < 16; at = strchr(at, '\n') + 1) {
		sscanf(at, " %31s", cmds[ncmds]);
		ncmds++;
	}
	ck_assert_uint_ge(ncmds, 12);
	size_t checked = 0;
	for (size_t i = 0; i < ncmds; i++) {
		char want[64];
		snprintf(want, sizeof want, "Cm %.31s", cmds[i]);
		ck_assert_msg(strstr(man, want) != NULL, "genaicost(1) lacks command %s", cmds[i]);
		/* its SYNOPSIS entries: each ".Nm\n.Cm name\n" up to the next .Nm */
		static char entries[1 << 14], one[1 << 13];
		entries[0] = '\0';
		char head[64];
		snprintf(head, sizeof head, ".Nm\n.Cm %.31s\n", cmds[i]);
		static const char *const entry_end[] = {"\n.Nm\n", NULL};
		for (const char *e = synopsis; (e = strstr(e, head)) != NULL; e += strlen(head)) {
			cut(one, sizeof one, e, head, entry_end);
			strncat(entries, one, sizeof entries - strlen(entries) - 1);
		}
		ck_assert_msg(entries[0], "genaicost(1) SYNOPSIS lacks %s", cmds[i]);
		/* its section under COMMANDS, or a page of its own */
		static char section[1 << 17];
		char ss[64];
		snprintf(ss, sizeof ss, "\n.Ss %.31s\n", cmds[i]);
		static const char *const sec_end[] = {"\n.Ss ", "\n.Sh ", NULL};
		cut(section, sizeof section, man, ss, sec_end);
		ck_assert_msg(section[0], "genaicost(1) has no section for %s", cmds[i]);
		char page_path[96];
		snprintf(page_path, sizeof page_path, "man/genaicost-%.31s.1", cmds[i]);
		static char page[1 << 20];
		page[0] = '\0';
		if (access(test_path(page_path), R_OK) == 0)
			snprintf(page, sizeof page, "%s", read_all(test_path(page_path)));
		run_out *h = RUN("genaicost", cmds[i], "--help");
		ck_assert_int_eq(h->rc, 0);
		ck_assert_ptr_nonnull(strstr(h->out, "usage: genaicost"));
		ck_assert_msg(strstr(h->out, "-h, --help") != NULL, "%s --help does not list -h, --help", cmds[i]);
		for (const char *p = h->out; (p = strstr(p, "--")) != NULL;) {
			p += 2;
			size_t n = 0;
			while ((p[n] >= 'a' && p[n] <= 'z') || p[n] == '-')
				n++;
			if (n == 0 || n >= 60 || (n == 4 && !strncmp(p, "help", 4)))
				continue;  /* --help: the "Help and version" section, for all */
			checked++;
			ck_assert_msg(mdoc_has_option(entries, p, n), "genaicost(1) SYNOPSIS of %s lacks --%.*s", cmds[i],
			              (int)n, p);
			ck_assert_msg(page[0] ? mdoc_has_option(page, p, n) : mdoc_has_option(section, p, n),
			              "%s does not document --%.*s of %s", page[0] ? page_path : "its section of genaicost(1)",
			              (int)n, p, cmds[i]);
		}
	}
	ck_assert_uint_ge(checked, 80);
}
END_TEST

Suite *suite_cli(void)
{
	Suite *s = suite_create("cli");
	TCase *t = tcase_create("in-process");
	tcase_add_test(t, quick_estimate);
	tcase_add_test(t, scenario_estimate_json);
	tcase_add_test(t, exit_codes);
	tcase_add_test(t, models_no_match);
	tcase_add_test(t, validate_no_name);
	tcase_add_test(t, help_matches_man_page);
	tcase_add_test(t, max_increase_forms);
	tcase_add_test(t, other_baseline);
	suite_add_tcase(s, t);
	return s;
}
