/*
 * Writing a report to -o FILE (and simulate's --histogram FILE).
 *
 * What FILE is decides how, by the type of what the path resolves to, never
 * by its spelling:
 *  - a regular file, or a name that does not exist yet, is replaced
 *    atomically: the text goes to an unnamed temporary file (O_TMPFILE) in
 *    the target's directory, which is linked into place (linkat) and renamed
 *    over the target; a symlink is followed and the file it names replaced
 *    (a dangling one: the file it names created), the link kept; a replaced
 *    file keeps its mode.  A run killed at any point leaves no file behind:
 *    an unnamed file vanishes with its process.  Where the file system has
 *    no O_TMPFILE, the temporary file is named .genaicost-PID-N.tmp beside
 *    the target (removed on failure and on SIGINT, SIGTERM, SIGHUP, SIGPIPE;
 *    after a SIGKILL, safe to delete);
 *  - a character device, a FIFO or a socket is written in place (a FIFO
 *    waits for a reader at most OUT_FIFO_WAIT_MS);
 *  - the file of standard output or standard error (-o /dev/stdout > f,
 *    -o /dev/stderr 2>> log) is written through that descriptor, as the
 *    shell opened it;
 *  - anything else (a directory, a block device) is an I/O error.
 * A run stages every output first (emit_stage), and puts them in place only
 * once all are ready (emit_commit_all), so a failed run writes nothing.
 */
#define _GNU_SOURCE /* O_TMPFILE, linkat's AT_EMPTY_PATH */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define OUT_FIFO_WAIT_MS 2000

/* Temporary names that exist for a moment (fallback files, and the link
 * made just before the rename): removed by a catchable signal. */
static char *volatile pending[4];

static void drop_pending(int sig)
{
	for (int i = 0; i < 4; i++)
		if (pending[i])
			unlink(pending[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void set_pending(char *name, bool on)
{
	for (int i = 0; i < 4; i++)
		if (on ? !pending[i] : pending[i] == name) {
			pending[i] = on ? name : NULL;
			return;
		}
}

static const int caught[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
static struct sigaction was_caught[4];
static int guards;

/* While a named temporary file exists, a catchable signal removes it. */
static void guard(bool on)
{
	if (on && guards++ == 0) {
		struct sigaction drop = {.sa_handler = drop_pending};
		sigemptyset(&drop.sa_mask);
		for (int i = 0; i < 4; i++)
			sigaction(caught[i], &drop, &was_caught[i]);
	} else if (!on && --guards == 0) {
		for (int i = 0; i < 4; i++)
			sigaction(caught[i], &was_caught[i], NULL);
	}
}

static char *join(const char *dir, size_t dlen, const char *name)
{
	size_t n = dlen + strlen(name) + 2;
	char *s = malloc(n);
	if (s)
		snprintf(s, n, "%.*s/%s", (int)dlen, dir, name);
	return s;
}

/* The directory part of a path: "." for a bare name, "/" for /name. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	return strndup(path, (size_t)(slash - path));
}

/*
 * Follow `path` through symlinks, dangling ones included, to the name a
 * replaced file gets (the links are kept).  0 with *target (malloc'd), or
 * an errno.
 */
static int follow_links(const char *path, char **target)
{
	char *cur = strdup(path);
	if (!cur)
		return ENOMEM;
	for (int hops = 0;; hops++) {
		struct stat lst;
		if (lstat(cur, &lst) != 0 || !S_ISLNK(lst.st_mode)) {
			*target = cur;
			return 0;
		}
		if (hops == 40) {
			free(cur);
			return ELOOP;
		}
		char link[PATH_MAX];
		ssize_t n = readlink(cur, link, sizeof link - 1);
		if (n < 0) {
			int e = errno;
			free(cur);
			return e;
		}
		link[n] = '\0';
		char *next;
		if (link[0] == '/') {
			next = strdup(link);
		} else {
			const char *slash = strrchr(cur, '/');
			next = slash ? join(cur, (size_t)(slash - cur), link) : strdup(link);
		}
		free(cur);
		if (!(cur = next))
			return ENOMEM;
	}
}

/* The descriptor among standard output and error that holds the file st
 * describes, or -1. */
static int std_fd_of(const struct stat *st)
{
	for (int fd = 1; fd <= 2; fd++) {
		struct stat s;
		if (fstat(fd, &s) == 0 && s.st_dev == st->st_dev && s.st_ino == st->st_ino)
			return fd;
	}
	return -1;
}

static int fail(cli *c, const char *path, const char *what, int e)
{
	fprintf(c->err, "%s: %s: %s: %s\n", c->prog, path, what, strerror(e));
	return EXIT_IO;
}

/* Open a FIFO for writing, waiting a little for its reader. */
static int open_fifo(const char *path)
{
	for (int waited = 0;; waited += 20) {
		int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
		if (fd >= 0 || errno != ENXIO || waited >= OUT_FIFO_WAIT_MS)
			return fd;
		struct timespec ts = {0, 20 * 1000000L};
		nanosleep(&ts, NULL);
	}
}

static int open_socket(const char *path)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if (strlen(path) >= sizeof sa.sun_path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(sa.sun_path, path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		fd = -1;
	}
	return fd;
}

/* Write all of text to fd; 0 or an errno. */
static int write_all(int fd, const char *text, size_t len)
{
	while (len) {
		ssize_t n = write(fd, text, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		text += n;
		len -= (size_t)n;
	}
	return 0;
}

/* A name for the temporary file beside the target, short whatever the
 * target's length (NAME_MAX), and never one a report would have. */
static char *temp_name(const char *dir)
{
	static unsigned seq;
	char base[64];
	snprintf(base, sizeof base, ".genaicost-%ld-%u.tmp", (long)getpid(), seq++);
	return join(dir, strlen(dir), base);
}

/* Write the text into a new temporary file in o->dir: unnamed when the
 * file system can, named otherwise.  0 or an errno. */
static int write_temp(out_stage *o)
{
	/* past a file-size limit (ulimit -f) the write fails with EFBIG and
	 * the run ends with its message, instead of dying of SIGXFSZ */
	struct sigaction ign = {.sa_handler = SIG_IGN}, was_xfsz;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGXFSZ, &ign, &was_xfsz);
	int e = 0;
	o->fd = open(o->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, o->mode);
	if (o->fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
		/* no O_TMPFILE here: a named one, removed on failure */
		for (int tries = 0; tries < 100 && o->fd < 0; tries++) {
			free(o->tmpname);
			if (!(o->tmpname = temp_name(o->dir))) {
				errno = ENOMEM;
				break;
			}
			o->fd = open(o->tmpname, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
			if (o->fd < 0 && errno != EEXIST)
				break;
		}
		if (o->fd >= 0) {
			guard(true);
			set_pending(o->tmpname, true);
		}
	}
	if (o->fd < 0) {
		e = errno;
		o->failed_create = true;
	} else if ((e = write_all(o->fd, o->text, o->len)) == 0 && fchmod(o->fd, o->mode) != 0) {
		e = errno;
	} else if (e == 0 && fsync(o->fd) != 0) {
		e = errno;
	}
	sigaction(SIGXFSZ, &was_xfsz, NULL);
	return e;
}

int emit_stage(cli *c, out_stage *o, const char *text, const char *path)
{
	return emit_stage_bytes(c, o, text, strlen(text), path);
}

int emit_stage_bytes(cli *c, out_stage *o, const char *data, size_t len, const char *path)
{
	memset(o, 0, sizeof *o);
	o->fd = -1;
	o->path = path;
	o->text = data;
	o->len = len;
	if (!path || !strcmp(path, "-")) {
		o->kind = OUT_STDOUT;
		return EXIT_OK;
	}
	struct stat st;
	bool exists = stat(path, &st) == 0;
	if (exists && std_fd_of(&st) >= 0) {
		o->kind = OUT_FD;
		o->fd = std_fd_of(&st);
		return EXIT_OK;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		o->kind = OUT_INPLACE;
		if (S_ISCHR(st.st_mode))
			o->fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
		else if (S_ISFIFO(st.st_mode))
			o->fd = open_fifo(path);
		else if (S_ISSOCK(st.st_mode))
			o->fd = open_socket(path);
		else {
			fprintf(c->err, "%s: %s: cannot write: %s\n", c->prog, path,
			        S_ISDIR(st.st_mode) ? "is a directory"
			                            : "not a regular file, character device, FIFO or socket");
			return EXIT_IO;
		}
		if (o->fd < 0) {
			if (errno == ENXIO && S_ISFIFO(st.st_mode)) {
				fprintf(c->err, "%s: %s: cannot open: a FIFO with no reader (none opened it within %d s)\n",
				        c->prog, path, OUT_FIFO_WAIT_MS / 1000);
				return EXIT_IO;
			}
			return fail(c, path, "cannot open", errno);
		}
		int fl = fcntl(o->fd, F_GETFL);
		if (fl != -1)
			fcntl(o->fd, F_SETFL, fl & ~O_NONBLOCK);
		return EXIT_OK;
	}
	o->kind = OUT_REPLACE;
	int e = follow_links(path, &o->target);
	if (e)
		return fail(c, path, "cannot resolve", e);
	struct stat tst;
	o->exists = stat(o->target, &tst) == 0;
	if (exists && !o->exists) {
		/* the path names a file under a name no link leads back to (a
		 * deleted file held open, /proc/PID/fd/N): write it in place */
		free(o->target);
		o->target = NULL;
		o->kind = OUT_INPLACE;
		if ((o->fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY)) < 0)
			return fail(c, path, "cannot open", errno);
		return EXIT_OK;
	}
	if (!(o->dir = dir_of(o->target)))
		return fail(c, path, "cannot create", ENOMEM);
	if (o->exists) {
		o->mode = tst.st_mode & 07777;
	} else {
		/* what open(2) would give a new file */
		mode_t mask = umask(0);
		umask(mask);
		o->mode = 0666 & ~mask;
	}
	if ((e = write_temp(o)) != 0) {
		int rc = fail(c, path, o->failed_create ? "cannot create" : "cannot write", e);
		emit_abort(o);
		return rc;
	}
	return EXIT_OK;
}

/* Put a staged replacement in place.  0 or an errno. */
static int replace(out_stage *o)
{
	if (o->tmpname) {
		/* a named temporary file: rename it */
		if (rename(o->tmpname, o->target) != 0)
			return errno;
		set_pending(o->tmpname, false);
		guard(false);
		free(o->tmpname);
		o->tmpname = NULL;
		return 0;
	}
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", o->fd);
	/* a new name: linked straight into place (never over a file that
	 * appeared meanwhile: EEXIST, and the rename below) */
	if (!o->exists) {
		if (linkat(AT_FDCWD, proc, AT_FDCWD, o->target, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno != EEXIST && errno != ENOENT)
			return errno;
		if (errno == ENOENT && linkat(o->fd, "", AT_FDCWD, o->target, AT_EMPTY_PATH) == 0)
			return 0;
	}
	/* linked under a temporary name, renamed over the target: the name
	 * exists for as long as the two calls take */
	int e = EEXIST;
	char *tmp = NULL;
	guard(true);
	for (int tries = 0; tries < 100 && e == EEXIST; tries++) {
		free(tmp);
		if (!(tmp = temp_name(o->dir))) {
			e = ENOMEM;
			break;
		}
		set_pending(tmp, true);
		e = linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
		if (e == ENOENT)  /* no /proc: the privileged form */
			e = linkat(o->fd, "", AT_FDCWD, tmp, AT_EMPTY_PATH) == 0 ? 0 : errno;
		if (e)
			set_pending(tmp, false);
	}
	if (e == 0 && rename(tmp, o->target) != 0) {
		e = errno;
		unlink(tmp);
	}
	if (tmp)
		set_pending(tmp, false);
	guard(false);
	free(tmp);
	return e;
}

int emit_commit(cli *c, out_stage *o)
{
	int e = 0;
	switch (o->kind) {
	case OUT_STDOUT:
		if (fwrite(o->text, 1, o->len, c->out) != o->len || fflush(c->out) == EOF) {
			fprintf(c->err, "%s: cannot write to standard output: %s\n", c->prog, strerror(errno));
			return EXIT_IO;
		}
		return EXIT_OK;
	case OUT_FD:
		fflush(c->out);
		e = write_all(o->fd, o->text, o->len);
		o->fd = -1; /* not ours to close */
		break;
	case OUT_INPLACE: {
		/* a reader that went away is EPIPE and a message, not death */
		struct sigaction ign = {.sa_handler = SIG_IGN}, was;
		sigemptyset(&ign.sa_mask);
		sigaction(SIGPIPE, &ign, &was);
		e = write_all(o->fd, o->text, o->len);
		if (close(o->fd) != 0 && !e)
			e = errno;
		o->fd = -1;
		sigaction(SIGPIPE, &was, NULL);
		break;
	}
	case OUT_REPLACE:
		e = replace(o);
		break;
	}
	int rc = e ? fail(c, o->path, "cannot write", e) : EXIT_OK;
	emit_abort(o);
	return rc;
}

void emit_abort(out_stage *o)
{
	if (o->fd >= 0 && o->kind != OUT_FD)
		close(o->fd);
	o->fd = -1;
	if (o->tmpname) {
		unlink(o->tmpname);
		set_pending(o->tmpname, false);
		guard(false);
	}
	free(o->tmpname);
	free(o->target);
	free(o->dir);
	o->tmpname = o->target = o->dir = NULL;
}

int emit_commit_all(cli *c, out_stage *o, size_t n)
{
	/* the writes that can fail midway (devices, pipes) first; then the
	 * replacements, each a link and a rename */
	int rc = EXIT_OK;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++)
			if (rc == EXIT_OK && (o[i].kind == OUT_REPLACE) == (pass == 1))
				rc = emit_commit(c, &o[i]);
	for (size_t i = 0; i < n; i++)
		emit_abort(&o[i]);
	return rc;
}

/* Whether `model` has a line in results[0..n-1] or before line `upto` of results[n]. */
static bool model_seen(const gac_result *const *res, size_t n, size_t upto, const char *model)
{
	for (size_t r = 0; r <= n; r++) {
		size_t lines = r < n ? gac_result_line_count(res[r]) : upto;
		for (size_t j = 0; j < lines; j++) {
			const gac_line *k = gac_result_line(res[r], j);
			if (k && k->model && !strcmp(k->model, model))
				return true;
		}
	}
	return false;
}

int warn_retired(cli *c, const gac_sheet *sheet, const gac_result *const *res, size_t n)
{
	/* once per model and run, at its first line: the options of a
	 * comparison price the same models again */
	for (size_t r = 0; r < n; r++) {
		for (size_t i = 0; i < gac_result_line_count(res[r]); i++) {
			const gac_line *l = gac_result_line(res[r], i);
			size_t at;
			const char *date;
			if (!l || !l->model || gac_sheet_find(&at, sheet, l->model) != GAC_OK ||
			    !(date = gac_sheet_model_retired(sheet, at)))
				continue;
			if (model_seen(res, r, i, l->model))
				continue;
			char text[1024];
			snprintf(text, sizeof text, "%s was retired on %s (AWS end of life); priced at the sheet's last "
			         "prices", l->model, date);
			fprintf(c->err, "genaicost: warning: %s\n", text);
			char **w = realloc(c->warnings, (c->nwarnings + 1) * sizeof *w);
			if (w)
				c->warnings = w;
			if (!w || !(w[c->nwarnings] = strdup(text))) {
				fprintf(c->err, "genaicost: out of memory\n");
				return EXIT_IO;
			}
			c->nwarnings++;
		}
	}
	return EXIT_OK;
}

void warnings_free(cli *c)
{
	for (size_t i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c->warnings);
	c->warnings = NULL;
	c->nwarnings = 0;
}

int emit(cli *c, const char *text, const char *path)
{
	out_stage o;
	int rc = emit_stage(c, &o, text, path);
	return rc == EXIT_OK ? emit_commit(c, &o) : rc;
}

int emit_bytes(cli *c, const char *data, size_t len, const char *path)
{
	out_stage o;
	int rc = emit_stage_bytes(c, &o, data, len, path);
	return rc == EXIT_OK ? emit_commit(c, &o) : rc;
}

/* the signal actions a stream replaced (one stream at a time) */
static struct sigaction stream_was_pipe, stream_was_xfsz;

int emit_stream_open(cli *c, out_stream *s, const char *path)
{
	memset(s, 0, sizeof *s);
	s->c = c;
	int rc = emit_stage(c, &s->o, "", path);
	if (rc != EXIT_OK)
		return rc;
	/* a reader that went away, or a file-size limit, is an error and a
	 * message, not death */
	struct sigaction ign = {.sa_handler = SIG_IGN};
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &stream_was_pipe);
	sigaction(SIGXFSZ, &ign, &stream_was_xfsz);
	s->open = true;
	if (s->o.kind == OUT_FD)
		fflush(c->out);
	return EXIT_OK;
}

int emit_stream_write(void *ctx, const char *text, size_t len)
{
	out_stream *s = ctx;
	if (s->error)
		return -1;
	if (s->o.kind == OUT_STDOUT)
		s->error = fwrite(text, 1, len, s->c->out) == len ? 0 : (errno ? errno : EIO);
	else
		s->error = write_all(s->o.fd, text, len);
	return s->error ? -1 : 0;
}

static void stream_close(out_stream *s)
{
	if (!s->open)
		return;
	sigaction(SIGPIPE, &stream_was_pipe, NULL);
	sigaction(SIGXFSZ, &stream_was_xfsz, NULL);
	s->open = false;
}

int emit_stream_commit(out_stream *s)
{
	cli *c = s->c;
	int e = s->error;
	if (!e && s->o.kind == OUT_STDOUT && fflush(c->out) == EOF)
		e = errno;
	if (!e && s->o.kind == OUT_REPLACE && fsync(s->o.fd) != 0)
		e = errno;
	stream_close(s);
	if (e) {
		int rc = s->o.kind == OUT_STDOUT
		             ? (fprintf(c->err, "%s: cannot write to standard output: %s\n", c->prog, strerror(e)), EXIT_IO)
		             : fail(c, s->o.path, "cannot write", e);
		emit_abort(&s->o);
		return rc;
	}
	return emit_commit(c, &s->o);
}

int emit_stream_abort(out_stream *s)
{
	int e = s->error;
	stream_close(s);
	if (s->o.kind == OUT_STDOUT)
		fflush(s->c->out);
	emit_abort(&s->o);
	if (e)
		return s->o.kind == OUT_STDOUT
		           ? (fprintf(s->c->err, "%s: cannot write to standard output: %s\n", s->c->prog, strerror(e)),
		              EXIT_IO)
		           : fail(s->c, s->o.path, "cannot write", e);
	return EXIT_OK;
}

/* Where an output goes, to tell two outputs naming one file apart from two
 * files: the file's identity when it exists, else the resolved directory
 * and name. */
typedef struct out_key {
	bool std, exists;
	dev_t dev;
	ino_t ino;
	char *name;
} out_key;

static void key_of(out_key *k, const char *path)
{
	memset(k, 0, sizeof *k);
	struct stat st;
	if (!path || !strcmp(path, "-")) {
		k->std = true;
		/* standard output is also whatever file it is */
		if (fstat(1, &st) == 0 && S_ISREG(st.st_mode)) {
			k->exists = true;
			k->dev = st.st_dev;
			k->ino = st.st_ino;
		}
		return;
	}
	if (stat(path, &st) == 0) {
		/* devices and pipes are written in place, one text after the
		 * other: only a file one output would replace is a clash */
		k->exists = S_ISREG(st.st_mode);
		k->dev = st.st_dev;
		k->ino = st.st_ino;
		return;
	}
	char *target = NULL;
	if (follow_links(path, &target) != 0)
		return;
	char *dir = dir_of(target), *real = dir ? realpath(dir, NULL) : NULL;
	const char *slash = strrchr(target, '/');
	if (real)
		k->name = join(real, strlen(real), slash ? slash + 1 : target);
	free(real);
	free(dir);
	free(target);
}

int outputs_distinct(cli *c, const char *cmd, const char *opt_a, const char *a, const char *opt_b, const char *b)
{
	out_key ka, kb;
	key_of(&ka, a);
	key_of(&kb, b);
	bool same = (ka.std && kb.std) || (ka.exists && kb.exists && ka.dev == kb.dev && ka.ino == kb.ino) ||
	            (ka.name && kb.name && !strcmp(ka.name, kb.name));
	free(ka.name);
	free(kb.name);
	if (!same)
		return EXIT_OK;
	return usage_error(c, cmd, "%s %s and %s %s name the same file: give each its own", opt_a, a ? a : "-", opt_b,
	                   b ? b : "(standard output)");
}

int output_arg(cli *c, const char *cmd, const char *opt, const char *v)
{
	if (!*v)
		return usage_error(c, cmd, "%s takes a file name, or - for standard output (got '')", opt);
	return EXIT_OK;
}

int chart_arg(cli *c, const char *cmd, const char *v)
{
	gac_chart_format f;
	if (!*v)
		return usage_error(c, cmd, "--chart takes a file name ending .svg, .png or .pdf (got an empty one)");
	if (gac_chart_format_for_path(&f, v) != GAC_OK)
		return usage_error(c, cmd, "--chart %s: unknown chart type; the file name must end .svg, .png or .pdf", v);
	return EXIT_OK;
}

void chart_provenance(gac_status *built, gac_chart *ch, const gac_sheet *sh, const gac_scenario *sc)
{
	if (*built != GAC_OK || !ch)
		return;
	char note[1024];
	snprintf(note, sizeof note, "Prices: %s (as of %s) \xc2\xb7 scenario hash %s", gac_sheet_name(sh),
	         gac_sheet_as_of(sh), gac_scenario_hash(sc));
	*built = gac_chart_set_note(ch, note);
}

gac_format report_format(gac_format f)
{
	return f == GAC_FORMAT_HTML ? GAC_FORMAT_MARKDOWN : f;
}

bool wants_chart(gac_format f, const char *chart)
{
	return chart || f == GAC_FORMAT_HTML;
}

int emit_report(cli *c, gac_format f, const char *text, const char *output, gac_status built,
                const gac_chart *ch, const char *chart, const gac_sheet *sh, const gac_scenario *sc)
{
	if (f != GAC_FORMAT_HTML)
		return emit_with_chart(c, text, output, built, ch, chart);
	char *page = NULL;
	int rc = html_page(c, &page, text, built, ch, sh, sc);
	if (rc == EXIT_OK)
		rc = emit_with_chart(c, page, output, GAC_OK, ch, chart);
	gac_free(page);
	return rc;
}

int html_page(cli *c, char **page, const char *markdown, gac_status built, const gac_chart *ch,
              const gac_sheet *sh, const gac_scenario *sc)
{
	gac_status st = built;
	*page = NULL;
	if (st == GAC_OK)
		st = gac_report_html(page, markdown, (const char *const *)c->warnings, c->nwarnings, ch ? &ch : NULL,
		                     ch ? 1 : 0, sh, sc);
	if (st != GAC_OK) {
		fprintf(c->err, "%s: cannot write the HTML report: %s\n", c->prog, gac_strerror(st));
		return EXIT_IO;
	}
	return EXIT_OK;
}

int emit_together(cli *c, const out_piece *pieces, size_t n)
{
	out_stage outs[OUT_PIECES_MAX];
	size_t staged = 0;
	int rc = EXIT_OK;
	if (n > OUT_PIECES_MAX)
		return EXIT_IO;
	for (; staged < n && rc == EXIT_OK; staged++) {
		const out_piece *p = &pieces[staged];
		rc = p->len == OUT_TEXT ? emit_stage(c, &outs[staged], p->data, p->path)
		                        : emit_stage_bytes(c, &outs[staged], p->data, p->len, p->path);
		if (rc != EXIT_OK)
			break;
	}
	if (rc == EXIT_OK)
		return emit_commit_all(c, outs, n);
	for (size_t i = 0; i < staged; i++)
		emit_abort(&outs[i]);
	return rc;
}

int emit_with_chart(cli *c, const char *text, const char *output, gac_status built, const gac_chart *ch,
                    const char *chart)
{
	if (!chart)
		return emit(c, text, output);
	gac_chart_format f = GAC_CHART_SVG;
	char *bytes = NULL;
	size_t len = 0;
	gac_status st = built;
	if (st == GAC_OK && (st = gac_chart_format_for_path(&f, chart)) == GAC_OK)
		st = gac_chart_render(&bytes, &len, ch, f);
	if (st != GAC_OK) {
		fprintf(c->err, "%s: %s: cannot draw the chart: %s\n", c->prog, chart, gac_strerror(st));
		return EXIT_IO;
	}
	/* both ready before either is put in place: nothing half-written */
	const out_piece both[] = {{bytes, len, chart}, {text, OUT_TEXT, output}};
	int rc = emit_together(c, both, 2);
	gac_free(bytes);
	return rc;
}
