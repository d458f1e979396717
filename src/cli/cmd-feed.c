/* cmd-feed.c -- `gloss feed add|list|rm|import|export|update|prune`: feed
 * subscriptions and their update (feeds.h). Every subcommand takes the
 * library as an optional last DIR. */
#include "system.h"

#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "add.h"
#include "cli.h"
#include "core.h"
#include "feeds.h"
#include "fetch.h"
#include "library.h"
#include "sanitize.h"

static int is_dir(const char *s)
{
	struct stat st;
	return stat(s, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The library of dir (NULL: the default); a folder without a sidecar gets
 * one when create is set (subscribing starts a library). */
static struct library *open_lib(const char *dir, int create)
{
	if (!create)
		return cli_library(dir, LIB_SYNC_QUICK);
	char *def = dir ? NULL : lib_default_dir();
	struct library *l = lib_open(dir ? dir : def, cli_opt.db, LIB_SYNC_QUICK);
	if (!l)
		cli_fail("%s", err_msg());
	free(def);
	return l;
}

static void out_line(struct sb *b)
{
	cli_put(stdout, b->s, b->len);
	fflush(stdout);
	sb_reset(b);
}

/* The password of a feed: $GLOSS_FEED_PASSWORD, else asked on the
 * terminal without echo. Caller frees; NULL with the error printed. */
static char *ask_password(const char *user)
{
	const char *env = getenv("GLOSS_FEED_PASSWORD");
	if (env)
		return xstrdup(env);
	int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		cli_fail(_("no terminal to ask the password on (set GLOSS_FEED_PASSWORD)"));
		return NULL;
	}
	struct termios old, quiet;
	int have = tcgetattr(fd, &old) == 0;
	if (have) {
		quiet = old;
		quiet.c_lflag &= (tcflag_t)~ECHO;
		tcsetattr(fd, TCSAFLUSH, &quiet);
	}
	struct sb prompt = SB_INIT;
	sb_addf(&prompt, _("Password for %s: "), user);
	/* a prompt that cannot be written still reads the answer */
	ssize_t w = write(fd, prompt.s, prompt.len);
	sb_release(&prompt);
	struct sb pw = SB_INIT;
	char c;
	while (read(fd, &c, 1) == 1 && c != '\n' && c != '\r' && pw.len < 1024)
		sb_addc(&pw, c);
	if (have)
		tcsetattr(fd, TCSAFLUSH, &old);
	if (w >= 0)
		w = write(fd, "\n", 1);
	close(fd);
	return sb_detach(&pw);
}

static int feed_add(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "tag", required_argument, NULL, 't' },
		{ "user", required_argument, NULL, 'u' },
		{ "summary-only", no_argument, NULL, 's' },
		{ "timeout", required_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 },
	};
	struct feeds_add_opts o = { 0 };
	struct fetch_opts fo = { 0 };
	const char **tags = xcalloc((size_t)argc + 1, sizeof *tags);
	size_t ntags = 0;
	int c, r = 0;
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'n')
			o.name = optarg;
		else if (c == 't')
			tags[ntags++] = optarg;
		else if (c == 'u')
			o.user = optarg;
		else if (c == 's')
			o.summary_only = 1;
		else if (c == 'T')
			r = cli_count_option("feed add", "--timeout", optarg, &fo.timeout);
		else
			r = cli_bad_option(argc, argv, c);
	}
	int n = argc - optind;
	if (r == 0 && (n < 1 || n > 2))
		r = cli_usage("feed add", _("give a feed's address (and the library)"));
	if (r) {
		free(tags);
		return r;
	}
	char *pw = NULL;
	if (o.user && !(pw = ask_password(o.user))) {
		free(tags);
		return 1;
	}
	o.password = pw;
	o.tags = tags;
	o.ntags = ntags;
	o.fetch = &fo;
	struct library *l = open_lib(n == 2 ? argv[optind + 1] : NULL, 1);
	if (l) {
		int64_t id = feeds_add_with(l, argv[optind], &o);
		if (id < 0) {
			r = cli_fail("%s", err_msg());
		} else {
			struct feed_sub *v;
			size_t k;
			if (feeds_list(l, &v, &k) == 0) {
				struct sb b = SB_INIT;
				for (size_t i = 0; i < k; i++)
					if (v[i].id == id)
						sb_addf(&b, _("%s: subscribed (%s)\n"), v[i].name, v[i].url);
				out_line(&b);
				sb_release(&b);
				feeds_list_free(v, k);
			}
		}
		lib_close(&l);
	} else {
		r = 1;
	}
	if (pw) {
		memset(pw, 0, strlen(pw));
		free(pw);
	}
	free(tags);
	return r;
}

static void json_str(struct sb *b, const char *key, const char *v)
{
	sb_addf(b, ",\"%s\":", key);
	if (v)
		sb_add_json(b, v, strlen(v));
	else
		sb_adds(b, "null");
}

static int feed_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "names", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	int c, r = 0, json = 0, names = 0;
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'j')
			json = 1;
		else if (c == 'n')
			names = 1;
		else
			r = cli_bad_option(argc, argv, c);
	}
	if (r == 0 && argc - optind > 1)
		r = cli_usage("feed list", _("too many arguments"));
	if (r == 0 && json && names)
		r = cli_usage("feed list", _("--json and --names do not go together"));
	if (r)
		return r;
	struct library *l = open_lib(argc - optind == 1 ? argv[optind] : NULL, 0);
	if (!l)
		return 1;
	struct feed_sub *v;
	size_t n;
	if (feeds_list(l, &v, &n) < 0) {
		r = cli_fail("%s", err_msg());
		lib_close(&l);
		return r;
	}
	struct sb b = SB_INIT;
	if (json)
		sb_addc(&b, '[');
	for (size_t i = 0; i < n; i++) {
		if (names) {
			/* the name alone, for shell completion: always
			 * sanitized, as it is shown in a shell */
			char *safe = san_str(v[i].name, 0);
			sb_addf(&b, "%s\n", safe);
			free(safe);
		} else if (json) {
			sb_addf(&b, "%s{\"name\":", i ? "," : "");
			sb_add_json(&b, v[i].name, strlen(v[i].name));
			json_str(&b, "url", v[i].url);
			sb_adds(&b, ",\"tags\":[");
			for (size_t k = 0; k < v[i].ntags; k++) {
				if (k)
					sb_addc(&b, ',');
				sb_add_json(&b, v[i].tags[k], strlen(v[i].tags[k]));
			}
			sb_addf(&b, "],\"articles\":%ld,\"unread\":%ld", v[i].articles, v[i].unread);
			json_str(&b, "user", v[i].user);
			sb_addf(&b, ",\"summary_only\":%s", v[i].summary_only ? "true" : "false");
			json_str(&b, "last_update", v[i].last_update);
			json_str(&b, "last_status", v[i].last_status);
			sb_addc(&b, '}');
		} else {
			cli_field(&b, v[i].name);
			sb_addc(&b, '\t');
			cli_field(&b, v[i].url);
			sb_addf(&b, "\t%ld\t%ld\t", v[i].articles, v[i].unread);
			cli_field(&b, v[i].last_update ? v[i].last_update : "-");
			sb_addc(&b, '\t');
			cli_field(&b, v[i].last_status ? v[i].last_status : "-");
			sb_addc(&b, '\n');
		}
	}
	if (json)
		sb_adds(&b, "]\n");
	out_line(&b);
	sb_release(&b);
	feeds_list_free(v, n);
	lib_close(&l);
	return 0;
}

static int feed_rm(int argc, char **argv)
{
	if (argc < 2 || argc > 3)
		return cli_usage("feed rm", _("give a feed's name or address (and the library)"));
	struct library *l = open_lib(argc == 3 ? argv[2] : NULL, 0);
	if (!l)
		return 1;
	int r = 0;
	if (feeds_remove(l, argv[1]) < 0)
		r = cli_fail("%s", err_msg());
	lib_close(&l);
	return r;
}

static int feed_import(int argc, char **argv)
{
	if (argc < 2 || argc > 3)
		return cli_usage("feed import", _("give an OPML file (and the library)"));
	size_t len;
	char *xml = add_read_file(argv[1], (size_t)64 << 20, &len);
	if (!xml)
		return cli_fail("%s", err_msg());
	struct library *l = open_lib(argc == 3 ? argv[2] : NULL, 1);
	int r = 1;
	if (l) {
		size_t skipped;
		long added = feeds_import(l, xml, len, &skipped);
		if (added < 0) {
			r = cli_fail("%s: %s", argv[1], err_msg());
		} else {
			struct sb b = SB_INIT;
			sb_addf(&b, ngettext("%ld feed added, %zu already there\n", "%ld feeds added, %zu already there\n", added), added, skipped);
			out_line(&b);
			sb_release(&b);
			r = 0;
		}
		lib_close(&l);
	}
	free(xml);
	return r;
}

static int feed_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	int c, r = 0;
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":o:", opts, NULL)) != -1) {
		if (c == 'o')
			out = optarg;
		else
			r = cli_bad_option(argc, argv, c);
	}
	if (r == 0 && argc - optind > 1)
		r = cli_usage("feed export", _("too many arguments"));
	if (r)
		return r;
	struct library *l = open_lib(argc - optind == 1 ? argv[optind] : NULL, 0);
	if (!l)
		return 1;
	size_t len;
	char *xml = feeds_export(l, &len);
	lib_close(&l);
	if (!xml)
		return cli_fail("%s", err_msg());
	if (out) {
		if (write_file_atomic(out, xml, len, 1) < 0)
			r = cli_fail("%s", err_msg());
	} else if (fwrite(xml, 1, len, stdout) != len) {
		r = cli_fail(_("could not write the output"));
	}
	free(xml);
	return r;
}

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

static int feed_update(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "timeout", required_argument, NULL, 'T' },
		{ "max-items", required_argument, NULL, 'm' },
		{ "parallel", required_argument, NULL, 'p' },
		{ "per-host", required_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct fetch_opts cfg = { 0 };
	if (fetch_opts_config(&cfg) < 0) {
		fetch_opts_clear(&cfg);
		return cli_fail("%s", err_msg());
	}
	struct feeds_opts fo = { 0 };
	fo.fetch = cfg;   /* the user agent borrowed from cfg */
	long v;
	int c, r = 0;
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'T')
			r = cli_count_option("feed update", "--timeout", optarg, &fo.fetch.timeout);
		else if (c == 'm' && (r = cli_count_option("feed update", "--max-items", optarg, &v)) == 0)
			fo.max_items = v > 1000000 ? 1000000 : (int)v;
		else if (c == 'p' && (r = cli_count_option("feed update", "--parallel", optarg, &v)) == 0)
			fo.parallel = v > 64 ? 64 : (int)v;
		else if (c == 'h' && (r = cli_count_option("feed update", "--per-host", optarg, &v)) == 0)
			fo.per_host = v > 64 ? 64 : (int)v;
		else if (c != 'm' && c != 'p' && c != 'h')
			r = cli_bad_option(argc, argv, c);
	}
	if (r) {
		fetch_opts_clear(&cfg);
		return r;
	}
	char **names = argv + optind;
	int n = argc - optind;
	const char *dir = NULL;
	/* The last argument is the library when it is a folder. */
	if (n > 0 && is_dir(names[n - 1]))
		dir = names[--n];
	struct library *l = open_lib(dir, 0);
	if (!l) {
		fetch_opts_clear(&cfg);
		return 1;
	}
	struct feeds_run *run = feeds_update_start(l, (const char *const *)names, (size_t)n, &fo);
	if (!run) {
		r = cli_fail("%s", err_msg());
		lib_close(&l);
		fetch_opts_clear(&cfg);
		return r;
	}
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old);
	int tty = isatty(STDOUT_FILENO) && isatty(STDERR_FILENO);
	struct feeds_progress p;
	while (feeds_update_step(run, 100)) {
		if (interrupted) {
			feeds_update_cancel(run);
			break;
		}
		if (tty) {
			feeds_update_progress(run, &p);
			fputc('\r', stderr);
			fprintf(stderr, ngettext("updating %zu/%zu feed, %zu new", "updating %zu/%zu feeds, %zu new", p.feeds),
				p.done, p.feeds, p.new_items);
			fflush(stderr);
		}
	}
	sigaction(SIGINT, &old, NULL);
	if (tty)
		fprintf(stderr, "\r\033[K");
	size_t k;
	const struct feeds_result *res = feeds_update_results(run, &k);
	struct sb b = SB_INIT;
	for (size_t i = 0; i < k; i++) {
		cli_field(&b, res[i].name);
		if (res[i].error) {
			sb_adds(&b, _(": error: "));
			cli_field(&b, res[i].error);
			r = 1;
		} else {
			sb_adds(&b, ": ");
			cli_field(&b, res[i].status);
		}
		sb_addc(&b, '\n');
	}
	out_line(&b);
	sb_release(&b);
	feeds_update_free(&run);
	lib_close(&l);
	fetch_opts_clear(&cfg);
	if (interrupted) {
		cli_fail(_("cancelled"));
		r = 1;
	}
	return r;
}

static int feed_prune(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "older-than", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	long days = -1;
	int c, r = 0;
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'o')
			r = cli_count_option("feed prune", "--older-than", optarg, &days);
		else
			r = cli_bad_option(argc, argv, c);
	}
	int n = argc - optind;
	if (r == 0 && (n < 1 || n > 2 || days < 0))
		r = cli_usage("feed prune", _("give a feed's name and --older-than DAYS"));
	if (r)
		return r;
	struct library *l = open_lib(n == 2 ? argv[optind + 1] : NULL, 0);
	if (!l)
		return 1;
	long k = feeds_prune(l, argv[optind], days > 100000 ? 100000 : (int)days);
	if (k < 0) {
		r = cli_fail("%s", err_msg());
	} else {
		struct sb b = SB_INIT;
		sb_addf(&b, ngettext("%ld article removed\n", "%ld articles removed\n", k), k);
		out_line(&b);
		sb_release(&b);
	}
	lib_close(&l);
	return r;
}

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} subs[] = {
	{ "add", feed_add }, { "list", feed_list }, { "rm", feed_rm }, { "import", feed_import },
	{ "export", feed_export }, { "update", feed_update }, { "prune", feed_prune },
};

static int run_feed(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("feed", _("give add, list, rm, import, export, update or prune"));
	for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].run(argc - 1, argv + 1);
	return cli_usage("feed", _("%s: no such subcommand (add, list, rm, import, export, update, prune)"), argv[1]);
}

const struct cli_cmd cmd_feed = {
	"feed", N_("add URL [--name N] [--tag T]... [--user U] [--summary-only] | list [--json|--names] | rm NAME|URL | "
		   "import FILE.opml | export [-o FILE] | update [--timeout S] [--max-items N] [--parallel N] [--per-host N] [NAME...] | "
		   "prune NAME --older-than DAYS  [DIR]"),
	N_("feed subscriptions: add, list, remove, import and export (OPML), update (new items become articles), prune"),
	run_feed
};
