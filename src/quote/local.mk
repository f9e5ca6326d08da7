# src/quote: the quote finder (pure; base/ only).  See src/quote/lib.h.
noinst_LIBRARIES += src/quote/libquote.a
src_quote_libquote_a_SOURCES = \
	src/quote/lib.h src/quote/quote-int.h \
	src/quote/quote.c src/quote/quote-speaker.c src/quote/quote-words.c \
	src/quote/quote-attr.h src/quote/quote-tokens.c src/quote/quote-people.c \
	src/quote/quote-refer.c src/quote/quote-sieve.c src/quote/quote-utf8.c src/quote/quote-block.c \
	src/quote/quote-qa.c
QUOTE_LIB = src/quote/libquote.a
