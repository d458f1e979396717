/* browser.c -- $BROWSER, fork and exec, and OSC 52 (browser.h). */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "browser.h"
#include "links.h"
#include "util.h"

static const char *const terminal_browsers[] = {
	"lynx", "w3m", "links", "links2", "elinks", "browsh", "carbonyl", "www-browser",
};

int browser_is_terminal(const char *program, const char *display)
{
	const char *base = strrchr(program, '/');
	base = base ? base + 1 : program;
	for (size_t i = 0; i < sizeof terminal_browsers / sizeof terminal_browsers[0]; i++)
		if (strcmp(base, terminal_browsers[i]) == 0)
			return 1;
	return !display || !display[0];
}

static int executable(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* The program name resolves to (a path as it is, a name on $PATH), or
 * NULL when it cannot be executed. */
static char *find_program(const char *name)
{
	if (strchr(name, '/'))
		return executable(name) ? xstrdup(name) : NULL;
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	for (const char *d = path;; ) {
		size_t n = strcspn(d, ":");
		struct sb b = SB_INIT;
		if (n)
			sb_add(&b, d, n);
		else
			sb_addc(&b, '.');
		sb_addf(&b, "/%s", name);
		if (executable(b.s))
			return sb_detach(&b);
		sb_release(&b);
		if (!d[n])
			break;
		d += n + 1;
	}
	return NULL;
}

static void free_argv(char **argv)
{
	for (size_t i = 0; argv && argv[i]; i++)
		free(argv[i]);
	free(argv);
}

/* One command of $BROWSER (cmd[0, n)) as words with the address put in;
 * NULL when it has no words. */
static char **command_words(const char *cmd, size_t n, const char *url)
{
	char **argv = NULL;
	size_t argc = 0, cap = 0;
	int put = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && (cmd[i] == ' ' || cmd[i] == '\t'))
			i++;
		if (i == n)
			break;
		struct sb w = SB_INIT;
		sb_adds(&w, "");
		for (; i < n && cmd[i] != ' ' && cmd[i] != '\t'; i++) {
			if (cmd[i] == '%' && i + 1 < n && cmd[i + 1] == 's') {
				sb_adds(&w, url);
				put = 1;
				i++;
			} else if (cmd[i] == '%' && i + 1 < n && cmd[i + 1] == '%') {
				sb_addc(&w, '%');
				i++;
			} else {
				sb_addc(&w, cmd[i]);
			}
		}
		XGROW(argv, cap, argc + 3);
		argv[argc++] = sb_detach(&w);
	}
	if (!argc)
		return NULL;
	if (!put)
		argv[argc++] = xstrdup(url);
	argv[argc] = NULL;
	return argv;
}

int browser_find(const char *browser, const char *url, struct browser_cmd *out)
{
	memset(out, 0, sizeof *out);
	if (!link_openable(url))
		return err_set(_("not an address gloss opens (http, https or mailto only)"));
	const char *display = getenv("DISPLAY");
	if (!display || !display[0])
		display = getenv("WAYLAND_DISPLAY");
	const char *list = browser ? browser : "";
	for (const char *c = list;; ) {
		size_t n = strcspn(c, ":");
		char **argv = command_words(c, n, url);
		char *path = argv ? find_program(argv[0]) : NULL;
		if (path) {
			out->argv = argv;
			out->path = path;
			out->terminal = browser_is_terminal(argv[0], display);
			return 0;
		}
		free_argv(argv);
		if (!c[n])
			break;
		c += n + 1;
	}
	char *path = find_program("xdg-open");
	if (!path)
		return err_set(browser && browser[0] ? _("none of the commands in BROWSER can be run, and xdg-open is not there")
			       : _("set BROWSER to open addresses (xdg-open is not there)"));
	out->argv = command_words("xdg-open", 8, url);
	out->path = path;
	out->terminal = browser_is_terminal("xdg-open", display);
	return 0;
}

void browser_cmd_free(struct browser_cmd *c)
{
	free_argv(c->argv);
	free(c->path);
	memset(c, 0, sizeof *c);
}

/* In a child: the program (a path, or a name on $PATH), or exit 127
 * writing errno to fd (when >= 0). Nothing of gloss's stays open in the
 * program (the sidecar, the config): every descriptor above stderr is
 * closed at exec. */
static void child_exec(const char *program, char *const argv[], int fd)
{
	long max = sysconf(_SC_OPEN_MAX);
	if (max < 0 || max > 65536)
		max = 65536;
	for (int i = 3; i < max; i++)
		fcntl(i, F_SETFD, FD_CLOEXEC);
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGTSTP, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	execvp(program, argv);
	int e = errno;
	if (fd >= 0)
		(void)!write(fd, &e, sizeof e);
	_exit(127);
}

static int wait_for(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

int browser_foreground(const char *program, char *const argv[])
{
	/* Ctrl-C and Ctrl-\ are the program's while it runs. */
	static const int quiet[] = { SIGINT, SIGQUIT };
	struct sigaction ign, old[2];
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	for (int i = 0; i < 2; i++)
		sigaction(quiet[i], &ign, &old[i]);
	int status = 0, r;
	pid_t pid = fork();
	if (pid == 0)
		child_exec(program, argv, -1);
	if (pid < 0)
		r = err_set(_("cannot start %s: %s"), argv[0], strerror(errno));
	else if (wait_for(pid, &status) < 0)
		r = err_set("%s: %s", argv[0], strerror(errno));
	else
		r = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	for (int i = 0; i < 2; i++)
		sigaction(quiet[i], &old[i], NULL);
	return r;
}

static int run_foreground(const struct browser_cmd *c)
{
	int r = browser_foreground(c->path, c->argv);
	if (r == 127)
		return err_set(_("cannot run %s"), c->argv[0]);
	if (r > 0)
		return err_set(_("%s failed"), c->argv[0]);
	return r;
}

/* Twice forked: the child starts a session and forks the browser, then
 * exits at once and is waited for; the browser, an orphan, is init's to
 * reap. An exec that fails writes its errno to a close-on-exec pipe. */
static int run_detached(const struct browser_cmd *c)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		return err_set("pipe: %s", strerror(errno));
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		setsid();
		pid_t g = fork();
		if (g == 0) {
			int null = open("/dev/null", O_RDWR);
			if (null >= 0) {
				dup2(null, 0);
				dup2(null, 1);
				dup2(null, 2);
				if (null > 2)
					close(null);
			}
			child_exec(c->path, c->argv, fds[1]);
		}
		if (g < 0) {
			int e = errno;
			(void)!write(fds[1], &e, sizeof e);
		}
		_exit(0);
	}
	close(fds[1]);
	int status, r = 0;
	if (pid < 0)
		r = err_set(_("cannot start %s: %s"), c->argv[0], strerror(errno));
	else
		wait_for(pid, &status);
	int e = 0;
	ssize_t k;
	while ((k = read(fds[0], &e, sizeof e)) < 0 && errno == EINTR)
		;
	close(fds[0]);
	if (r == 0 && k == (ssize_t)sizeof e)
		r = err_set(_("cannot start %s: %s"), c->argv[0], strerror(e));
	return r;
}

int browser_run(const struct browser_cmd *c)
{
	return c->terminal ? run_foreground(c) : run_detached(c);
}

char *browser_osc52(const char *text)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text);
	struct sb b = SB_INIT;
	sb_adds(&b, "\033]52;c;");
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)s[i] << 16 | (i + 1 < n ? (unsigned)s[i + 1] << 8 : 0) | (i + 2 < n ? s[i + 2] : 0);
		sb_addc(&b, b64[v >> 18 & 63]);
		sb_addc(&b, b64[v >> 12 & 63]);
		sb_addc(&b, i + 1 < n ? b64[v >> 6 & 63] : '=');
		sb_addc(&b, i + 2 < n ? b64[v & 63] : '=');
	}
	sb_addc(&b, '\a');
	return sb_detach(&b);
}
