/* theme.h -- what each element of the screen looks like.
 *
 * One element per thing drawn (text, the title bar, each highlight type,
 * search matches, ...), each with colours for colour terminals and an
 * attribute for monochrome ones (and when NO_COLOR is set). `color` lines
 * of the config change them by name. */
#ifndef GLOSS_TUI_THEME_H
#define GLOSS_TUI_THEME_H

#include <curses.h>

enum elem {
	EL_TEXT,
	EL_TITLE,
	EL_META,
	EL_BAR,          /* a pane's title bar, unfocused */
	EL_BAR_FOCUS,    /* ... focused */
	EL_LIST,
	EL_LIST_UNREAD,
	EL_LIST_SEL,     /* the selected article */
	EL_LIST_DATE,
	EL_STATUS,
	EL_MESSAGE,
	EL_ERROR,
	EL_PERSON,       /* the three highlight types, in hl_type order */
	EL_PLACE,
	EL_DATE,
	EL_SEARCH,
	EL_CURSOR,
	EL_PLACEHOLDER,  /* ^[, <U+202E>, \xFF */
	EL_SEPARATOR,
	EL_HELP_KEY,
	EL_NOTE,         /* an annotated passage */
	EL_NOTE_MARK,    /* the margin mark beside it */
	EL_SELECTION,
	EL_SPELL,        /* a misspelled word in the note editor */
	EL_POPUP,        /* the note editor's frame */
	/* Markdown */
	EL_HEADING1,     /* a level 1 heading */
	EL_HEADING2,
	EL_HEADING,      /* levels 3 to 6 */
	EL_STRONG,       /* **strong**, and a table's header row */
	EL_EMPH,         /* *emphasis* */
	EL_STRIKE,       /* ~~struck~~ */
	EL_CODE,         /* code blocks (their background) and `code` */
	EL_LINK,         /* a link's text, an image's alt text */
	EL_LINK_NUM,     /* the number after a link, an image's brackets */
	EL_QUOTE,        /* a block quote's bar */
	EL_BULLET,       /* a list item's marker */
	EL_RULE,         /* a horizontal rule, a table's lines */
	EL_N
};

/* Sets the colours up (after initscr). NO_COLOR in the environment, or a
 * terminal without colours, leaves only the attributes. */
void theme_init(void);
/* The attributes (colour pair included) of an element. */
attr_t theme_attr(enum elem e);
/* base with e's attributes added; e's colours replace base's when e
 * has colours of its own (two colour pairs cannot be or'ed). */
attr_t theme_mix(attr_t base, enum elem e);
/* The name of an element, as `color` lines give it. */
const char *theme_name(enum elem e);

/* `color ELEMENT FG BG [ATTR...]`: argv[0] is the element name. Returns 0,
 * or -1 and a message in *why (static). Works before theme_init too. */
int theme_set(int argc, char **argv, const char **why);

int theme_has_colors(void);

#endif
