/* test-browser.c -- $BROWSER as a list of commands, the address put in,
 * refused schemes, and running a fake browser (a script that writes its
 * arguments to a file) in the foreground and detached. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "browser.h"
#include "tap.h"
#include "util.h"

static char dir[] = "/tmp/gloss-test-browser-XXXXXX";
static char fake[256], out[256];

static void write_script(const char *path, const char *body)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(1);
	}
	fputs(body, f);
	fclose(f);
	chmod(path, 0755);
}

/* The words of c->argv joined by '|'. */
static char *joined(const struct browser_cmd *c)
{
	struct sb b = SB_INIT;
	for (size_t i = 0; c->argv[i]; i++)
		sb_addf(&b, "%s%s", i ? "|" : "", c->argv[i]);
	return sb_detach(&b);
}

static void finds(const char *browser, const char *url, const char *want, const char *name)
{
	struct browser_cmd c;
	int r = browser_find(browser, url, &c);
	if (!ok(r == 0, name)) {
		printf("#   %s\n", err_msg());
		return;
	}
	char *got = joined(&c);
	is_str(got, want, name);
	free(got);
	browser_cmd_free(&c);
}

/* out's contents once it has them (waiting up to 5 s for a detached
 * browser), or NULL. */
static char *wait_output(void)
{
	for (int i = 0; i < 500; i++) {
		size_t n;
		char *s = read_file(out, &n);
		if (s && n > 0 && s[n - 1] == '\n')
			return s;
		free(s);
		struct timespec ts = { 0, 10 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	return NULL;
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(fake, sizeof fake, "%s/fakebr", dir);
	snprintf(out, sizeof out, "%s/argv", dir);
	char script[2048];
	/* It also says when it got gloss's descriptor 47 (see below). */
	snprintf(script, sizeof script, "#!/bin/sh\nfor a in \"$@\"; do printf '%%s\\n' \"$a\" >> '%s.tmp'; done\n"
		 "if [ -e /proc/$$/fd/47 ]; then echo 'fd 47 is open' >> '%s.tmp'; fi\n"
		 "mv '%s.tmp' '%s'\nexit ${FAKEBR_EXIT:-0}\n", out, out, out, out);
	write_script(fake, script);
	char with_s[600], appended[600], list[600], pct[600];
	snprintf(with_s, sizeof with_s, "%s --new-tab=%%s --x", fake);
	snprintf(appended, sizeof appended, "  %s   -a  ", fake);
	snprintf(list, sizeof list, "no-such-browser-here %%s:%s/missing:%s --second", dir, fake);
	snprintf(pct, sizeof pct, "%s 100%%%% %%s", fake);

	/* The address put in. */
	char want[800];
	snprintf(want, sizeof want, "%s|--new-tab=https://a.org/x?y=1|--x", fake);
	finds(with_s, "https://a.org/x?y=1", want, "%s is replaced by the address");
	snprintf(want, sizeof want, "%s|-a|https://a.org/", fake);
	finds(appended, "https://a.org/", want, "without %s the address is the last word");
	snprintf(want, sizeof want, "%s|--second|mailto:me@a.org", fake);
	finds(list, "mailto:me@a.org", want, "the first command that can run wins");
	snprintf(want, sizeof want, "%s|100%%|http://b.org", fake);
	finds(pct, "http://b.org", want, "%% is a percent sign");

	/* Refused addresses: nothing is run. */
	struct browser_cmd c;
	ok(browser_find(fake, "file:///etc/passwd", &c) < 0, "file:// is refused");
	browser_cmd_free(&c);
	ok(browser_find(fake, "javascript:alert(1)", &c) < 0, "javascript: is refused");
	browser_cmd_free(&c);
	ok(browser_find(fake, "https://a.org/\x1b]0;x\x07", &c) < 0, "control characters are refused");
	browser_cmd_free(&c);

	/* Nothing can run: xdg-open from $PATH, else an error. */
	char *old_path = xstrdup(getenv("PATH") ? getenv("PATH") : "");
	char xdg[300];
	snprintf(xdg, sizeof xdg, "%s/xdg-open", dir);
	write_script(xdg, "#!/bin/sh\nexit 0\n");
	setenv("PATH", dir, 1);
	ok(browser_find("no-such-browser-here", "https://a.org", &c) == 0 && strcmp(c.path, xdg) == 0
	   && strcmp(c.argv[0], "xdg-open") == 0, "xdg-open when no command of BROWSER can run");
	browser_cmd_free(&c);
	ok(browser_find(NULL, "https://a.org", &c) == 0 && strcmp(c.path, xdg) == 0, "xdg-open without BROWSER");
	browser_cmd_free(&c);
	finds("fakebr", "https://a.org", "fakebr|https://a.org", "a name is looked for on PATH");
	unlink(xdg);
	ok(browser_find(NULL, "https://a.org", &c) < 0, "no BROWSER and no xdg-open: an error");
	setenv("PATH", old_path, 1);
	free(old_path);

	/* Terminal or graphical. */
	ok(browser_is_terminal("/usr/bin/lynx", ":0"), "lynx is a terminal browser");
	ok(browser_is_terminal("w3m", "wayland-0"), "w3m is a terminal browser");
	ok(!browser_is_terminal("firefox", ":0"), "firefox with a display is graphical");
	ok(browser_is_terminal("firefox", NULL) && browser_is_terminal("firefox", ""),
	   "anything without a display gets the terminal");

	/* A descriptor of gloss's, not close-on-exec: the browser must not
	 * get it. */
	int keep = open("/dev/null", O_RDONLY);
	ok(keep >= 0 && dup2(keep, 47) == 47, "descriptor 47 open");

	/* Running it in the foreground: waited for. */
	unsetenv("DISPLAY");
	unsetenv("WAYLAND_DISPLAY");
	ok(browser_find(with_s, "https://run.org/a", &c) == 0 && c.terminal, "no display: a terminal run");
	ok(browser_run(&c) == 0, "the foreground run succeeds");
	size_t n;
	char *got = read_file(out, &n);
	is_str(got, "--new-tab=https://run.org/a\n--x\n", "the fake browser got the address (foreground)");
	free(got);
	browser_cmd_free(&c);
	unlink(out);
	setenv("FAKEBR_EXIT", "3", 1);
	ok(browser_find(fake, "https://run.org/b", &c) == 0 && browser_run(&c) < 0, "a browser that fails is an error");
	browser_cmd_free(&c);
	unsetenv("FAKEBR_EXIT");
	unlink(out);

	/* Detached: the call returns, the browser runs on, no child is left. */
	setenv("DISPLAY", ":99", 1);
	ok(browser_find(fake, "https://run.org/c", &c) == 0 && !c.terminal, "with a display: detached");
	ok(browser_run(&c) == 0, "the detached run succeeds");
	got = wait_output();
	is_str(got, "https://run.org/c\n", "the fake browser got the address (detached)");
	free(got);
	errno = 0;
	ok(waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD, "no child of ours left (no zombie)");
	browser_cmd_free(&c);
	unlink(out);
	/* A detached program that cannot be executed is reported. */
	char noexec[300];
	snprintf(noexec, sizeof noexec, "%s/broken", dir);
	write_script(noexec, "#!/no/such/interpreter\n");
	ok(browser_find(noexec, "https://run.org/d", &c) == 0 && browser_run(&c) < 0, "a failed exec is reported");
	browser_cmd_free(&c);
	unlink(noexec);

	/* OSC 52: base64, so nothing of the address reaches the terminal raw. */
	char *seq = browser_osc52("hello");
	is_str(seq, "\033]52;c;aGVsbG8=\a", "OSC 52 of hello");
	free(seq);
	seq = browser_osc52("ab\x1b");
	is_str(seq, "\033]52;c;YWIb\a", "OSC 52 of an escape byte");
	free(seq);
	seq = browser_osc52("a");
	is_str(seq, "\033]52;c;YQ==\a", "OSC 52 padding");
	free(seq);

	unlink(fake);
	rmdir(dir);
	return done_testing();
}
