/* show.c -- an article as plain text (see show.h). */
#include "system.h"

#include <stdio.h>
#include <string.h>

#include "article.h"
#include "cli.h"
#include "core.h"
#include "show.h"

static void meta_line(FILE *out, const char *label, const char *v)
{
	if (!v)
		return;
	struct sb b = SB_INIT;
	sb_addf(&b, "%s: %s\n", label, v);
	cli_put(out, b.s, b.len);
	sb_release(&b);
}

void show_article(FILE *out, const struct article *a, int color)
{
	(void)color;
	cli_puts(out, a->title);
	fputs("\n", out);
	meta_line(out, _("Source"), a->meta[ART_SOURCE]);
	meta_line(out, _("Date"), a->meta[ART_DATE]);
	meta_line(out, _("Author"), a->meta[ART_AUTHOR]);
	meta_line(out, _("License"), a->meta[ART_LICENSE]);
	for (size_t i = 0; i < a->npara; i++) {
		if (i == a->title_para)
			continue;
		fputs("\n", out);
		cli_put(out, a->data + a->para[i].start, a->para[i].end - a->para[i].start);
		fputs("\n", out);
	}
}
