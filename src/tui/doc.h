/* doc.h -- the article as the reader sees it: bytes, paragraphs found
 * lazily, and highlight spans per paragraph.
 *
 * Curses-free. A small file is loaded with art_load and uses its
 * paragraphs; so is a Markdown file of any size (its model, markdown.h,
 * is made of the whole file), whose paragraphs are its blocks and whose
 * data is its rendered text (markup blanked, at the file's offsets); a big one (DOC_BIG_BYTES or more) is mapped, its header and
 * title come from art_from_buffer on its first bytes, and its paragraphs
 * are found only as far as the reader asks (doc_para), so the first
 * screen of a 100 MB file costs what the first screen needs.
 *
 * The end of a big file is found without the middle: doc_para_all scans
 * backward from the last byte for the last paragraphs and numbers them
 * after room reserved for the paragraphs in between (estimated from the
 * density of those found, with a margin). That "split" index fills in
 * from both sides as the reader asks: forward from the head, backward
 * from the tail. When the two sides meet with room to spare, the unused
 * indices are holes (doc_hole: empty, no rows); when the room runs out
 * first, the last free index takes all the text that is left between
 * the sides as one block (a fallback the margin makes rare). Indices
 * handed out never change. */
#ifndef GLOSS_TUI_DOC_H
#define GLOSS_TUI_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "hl.h"
#include "store-passages.h"

#define DOC_BIG_BYTES ((size_t)256 << 10)

struct doc {
	struct article *art;    /* metadata and title; of the head only when big; owned */
	/* What the reader draws and searches, the highlights and the motions
	 * read: the file's bytes, or for Markdown art->text (markup blanked,
	 * at the file's offsets). */
	const char *data;
	const struct md_doc *md; /* Markdown: the model, para[i] is md->block[i]; else NULL */
	long *linkno;           /* Markdown: the number drawn after md->link[k] (-1: none), or NULL: k + 1; owned */
	size_t len;
	size_t body;            /* first byte after the header block */
	struct art_para *para;  /* paragraphs found so far, in order */
	size_t npara, cap;
	int complete;           /* every paragraph is in para */
	int line_paras;         /* each line is a paragraph (ART_LINE_PARAS) */
	size_t skip_para;       /* the title line's paragraph (not drawn twice), or SIZE_MAX */
	size_t scan;            /* big: where the forward paragraph scan goes on */
	/* Split index (after doc_para_all on a big file): para[0, nhead) from
	 * the start, para[tail_lo, npara) from the end, the rest not yet
	 * known or, once the sides met, holes. */
	int split;              /* the index is split; complete is set too */
	int met;                /* the two sides met: [nhead, tail_lo) are holes */
	size_t nhead;           /* split: paragraphs found from the start */
	size_t tail_lo;         /* split: lowest index found from the end */
	size_t back;            /* split: where the backward scan goes on (a line start) */
	void *map;              /* big: the mmap, else NULL */
	/* Highlights: small files have one list for the whole text (keys agree
	 * across paragraphs); big files get one list per paragraph, made when
	 * it is first drawn. */
	struct hl_spans spans;
	struct hl_spans *pspans;  /* big: per paragraph, NULL entries not yet run */
	unsigned char *pdone;
	size_t pcap;
	int hl_ok;               /* an engine was given */
	const struct hl_engine *hl;
	/* The corrections of one mention (doc_fix), applied over the
	 * engine's spans; owned. */
	struct store_passage_list fix;
};

/* Opens the article at path. Returns NULL with the error set. */
struct doc *doc_open(const char *path, const struct hl_engine *hl);
/* Dates that only say "now" ("now", "today", "currently") are left out of
 * the spans of documents opened from now on (hl_span_shown()), unless on
 * (`set deictic-dates on`). */
void doc_set_deictic_dates(int on);
void doc_free(struct doc **d);
/* Gives d the corrections of its passages (ops_passages), taken over
 * (*fix is left empty): they replace the ones it had and win over the
 * engine's spans from now on. Spans already made keep the old ones'
 * effect: give them to a freshly opened doc. */
void doc_fix(struct doc *d, struct store_passage_list *fix);
/* The live correction whose passage holds off, or NULL. */
const struct store_passage *doc_fix_at(const struct doc *d, size_t off);

/* Paragraph i, found now if need be; NULL past the last. */
const struct art_para *doc_para(struct doc *d, size_t i);
/* Makes the last paragraph known (for G): every paragraph of a small
 * file; for a big file, the last ones, found backward (see above). After
 * it d->npara is final. */
void doc_para_all(struct doc *d);
/* Nonzero when index i is a hole of a split index: a paragraph that does
 * not exist (start == end), to be skipped like the title's. */
int doc_hole(const struct doc *d, size_t i);
/* Index of the paragraph that holds byte off, or of the first one after
 * it; the last paragraph when off is past the end. d->npara must be > 0. */
size_t doc_para_at(struct doc *d, size_t off);

/* The spans that fall in paragraph i: *v and *n (sorted by start). */
void doc_spans(struct doc *d, size_t i, const struct hl_span **v, size_t *n);

/* Counts per type of the spans known (the whole text for small files). */
void doc_counts(struct doc *d, long counts[HL_NTYPES]);

#endif
