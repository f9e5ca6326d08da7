/*
 * test-image: the decoders and their caps (src/image).  Each sample is
 * made here with the same library's encoder (libpng, TurboJPEG, libwebp,
 * giflib), so the fixtures are exact; hostile ones are cut or patched
 * copies: truncated, a 30000x30000 header (refused from the header: the
 * reason is the size, not an allocation), a mismatched type, zero sizes.
 * With TIDINGS_IMAGE_SEEDS=DIR the samples are written there (the fuzz
 * seeds in tests/fuzz/seeds/image were made so).
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gif_lib.h>
#include <png.h>
#include <turbojpeg.h>
#include <webp/encode.h>
#include <zlib.h>

#include "base/lib.h"
#include "image/image.h"

struct blob {
	unsigned char	*p;
	size_t		 n;
};

static void
blob_add(struct blob *b, const void *d, size_t n)
{
	b->p = xrealloc(b->p, b->n + n);
	memcpy(b->p + b->n, d, n);
	b->n += n;
}

/* A 4x3 picture: row y, column x is (60x, 80y, 200, 255). */
#define SW	4
#define SH	3
static void
sample_rgba(unsigned char *px)
{
	int x, y;

	for (y = 0; y < SH; y++)
		for (x = 0; x < SW; x++) {
			px[(y * SW + x) * 4 + 0] = (unsigned char)(60 * x);
			px[(y * SW + x) * 4 + 1] = (unsigned char)(80 * y);
			px[(y * SW + x) * 4 + 2] = 200;
			px[(y * SW + x) * 4 + 3] = 255;
		}
}

static void
png_write_mem(png_structp png, png_bytep d, png_size_t n)
{
	blob_add(png_get_io_ptr(png), d, n);
}

static void
png_flush_mem(png_structp png)
{
	(void)png;
}

static struct blob
make_png(void)
{
	struct blob b = { NULL, 0 };
	unsigned char px[SW * SH * 4];
	png_structp png;
	png_infop info;
	int y;

	sample_rgba(px);
	png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL,
	    NULL);
	info = png_create_info_struct(png);
	assert_false(setjmp(png_jmpbuf(png)));
	png_set_write_fn(png, &b, png_write_mem, png_flush_mem);
	png_set_IHDR(png, info, SW, SH, 8, PNG_COLOR_TYPE_RGBA,
	    PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
	    PNG_FILTER_TYPE_DEFAULT);
	png_write_info(png, info);
	for (y = 0; y < SH; y++)
		png_write_row(png, px + y * SW * 4);
	png_write_end(png, info);
	png_destroy_write_struct(&png, &info);
	return b;
}

static struct blob
make_jpeg(void)
{
	struct blob b = { NULL, 0 };
	unsigned char px[16 * 16 * 4], *out = NULL;
	unsigned long n = 0;
	tjhandle tj = tjInitCompress();
	int i;

	/* one flat colour: JPEG is lossy, a flat block comes back close */
	for (i = 0; i < 16 * 16; i++) {
		px[i * 4] = 200;
		px[i * 4 + 1] = 40;
		px[i * 4 + 2] = 40;
		px[i * 4 + 3] = 255;
	}
	assert_int_equal(tjCompress2(tj, px, 16, 16 * 4, 16, TJPF_RGBA, &out,
	    &n, TJSAMP_444, 95, 0), 0);
	blob_add(&b, out, n);
	tjFree(out);
	tjDestroy(tj);
	return b;
}

static struct blob
make_webp(void)
{
	struct blob b = { NULL, 0 };
	unsigned char px[SW * SH * 4];
	uint8_t *out = NULL;
	size_t n;

	sample_rgba(px);
	n = WebPEncodeLosslessRGBA(px, SW, SH, SW * 4, &out);
	assert_true(n > 0);
	blob_add(&b, out, n);
	WebPFree(out);
	return b;
}

static int
gif_write_mem(GifFileType *g, const GifByteType *d, int n)
{
	blob_add(g->UserData, d, (size_t)n);
	return n;
}

/* 4x3 with a palette of the sample's 12 colours, index y * 4 + x. */
static struct blob
make_gif(int interlace)
{
	struct blob b = { NULL, 0 };
	GifColorType colors[16];
	ColorMapObject *map;
	GifFileType *g;
	GifPixelType line[SW];
	int e, x, y, i;

	memset(colors, 0, sizeof colors);
	for (y = 0; y < SH; y++)
		for (x = 0; x < SW; x++) {
			colors[y * SW + x].Red = (GifByteType)(60 * x);
			colors[y * SW + x].Green = (GifByteType)(80 * y);
			colors[y * SW + x].Blue = 200;
		}
	map = GifMakeMapObject(16, colors);
	g = EGifOpen(&b, gif_write_mem, &e);
	assert_non_null(g);
	assert_int_equal(EGifPutScreenDesc(g, SW, SH, 4, 0, map), GIF_OK);
	assert_int_equal(EGifPutImageDesc(g, 0, 0, SW, SH, interlace, NULL),
	    GIF_OK);
	/* interlaced: rows in the order of the passes (0, 2, 1 for 3 rows) */
	for (i = 0; i < SH; i++) {
		y = !interlace ? i : (i == 0 ? 0 : i == 1 ? 2 : 1);
		for (x = 0; x < SW; x++)
			line[x] = (GifPixelType)(y * SW + x);
		assert_int_equal(EGifPutLine(g, line, SW), GIF_OK);
	}
	assert_int_equal(EGifCloseFile(g, &e), GIF_OK);
	GifFreeMapObject(map);
	return b;
}

static void
seed_write(const char *name, const struct blob *b)
{
	const char *dir = getenv("TIDINGS_IMAGE_SEEDS");
	char *path;
	FILE *fp;

	if (dir == NULL)
		return;
	path = xasprintf("%s/%s", dir, name);
	if ((fp = fopen(path, "wb")) != NULL) {
		fwrite(b->p, 1, b->n, fp);
		fclose(fp);
	}
	free(path);
}

/* Decode b and compare with the 4x3 sample exactly. */
static void
check_sample(const struct blob *b, enum image_type t)
{
	unsigned char want[SW * SH * 4];
	struct image_pixels *img = NULL;
	char err[256];

	sample_rgba(want);
	assert_int_equal(image_sniff(b->p, b->n), t);
	assert_int_equal(image_decode(b->p, b->n, NULL, &img, err,
	    sizeof err), 0);
	assert_non_null(img);
	assert_int_equal(img->w, SW);
	assert_int_equal(img->h, SH);
	assert_int_equal(img->type, t);
	assert_memory_equal(img->rgba, want, sizeof want);
	image_free(&img);
	assert_null(img);
}

/* Decoding fails cleanly; the reason contains want (NULL: any). */
static void
check_refused(const void *p, size_t n, const struct image_limits *lim,
    const char *want)
{
	struct image_pixels *img = (struct image_pixels *)&img;
	char err[256] = "";

	assert_int_equal(image_decode(p, n, lim, &img, err, sizeof err), -1);
	assert_null(img);
	assert_true(err[0] != '\0');
	if (want != NULL && strstr(err, want) == NULL)
		fail_msg("reason \"%s\" lacks \"%s\"", err, want);
}

static void
test_sniff(void **state)
{
	static const struct {
		const char	*bytes;
		size_t		 n;
		enum image_type	 t;
	} rows[] = {
		{ "\x89PNG\r\n\x1a\n", 8, IMAGE_PNG },
		{ "\x89PNG\r\n\x1a", 7, IMAGE_UNKNOWN },
		{ "\xff\xd8\xff\xe0", 4, IMAGE_JPEG },
		{ "GIF87a", 6, IMAGE_GIF },
		{ "GIF89a", 6, IMAGE_GIF },
		{ "GIF90a", 6, IMAGE_UNKNOWN },
		{ "RIFF\0\0\0\0WEBPVP8L", 16, IMAGE_WEBP },
		{ "RIFF\0\0\0\0WAVEfmt ", 16, IMAGE_UNKNOWN },
		{ "XXXX\0\0\0\0WEBP", 12, IMAGE_UNKNOWN },
		{ "<svg xmlns=", 11, IMAGE_UNKNOWN },
		{ "", 0, IMAGE_UNKNOWN },
	};
	size_t i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_int_equal(image_sniff(rows[i].bytes, rows[i].n),
		    rows[i].t);
	assert_string_equal(image_type_name(IMAGE_WEBP), "webp");
	assert_int_equal(image_supported(), 1);
}

static void
test_decode(void **state)
{
	struct blob b;
	struct image_pixels *img = NULL;
	char err[256];

	b = make_png();
	seed_write("sample.png", &b);
	check_sample(&b, IMAGE_PNG);
	free(b.p);
	b = make_webp();
	seed_write("sample.webp", &b);
	check_sample(&b, IMAGE_WEBP);
	free(b.p);
	b = make_gif(0);
	seed_write("sample.gif", &b);
	check_sample(&b, IMAGE_GIF);
	free(b.p);
	b = make_gif(1);
	seed_write("interlaced.gif", &b);
	check_sample(&b, IMAGE_GIF);
	free(b.p);
	b = make_jpeg();
	seed_write("sample.jpg", &b);
	assert_int_equal(image_decode(b.p, b.n, NULL, &img, err, sizeof err),
	    0);
	assert_int_equal(img->w, 16);
	assert_int_equal(img->h, 16);
	assert_in_range(img->rgba[0], 190, 210);
	assert_in_range(img->rgba[1], 30, 50);
	assert_int_equal(img->rgba[3], 255);
	image_free(&img);
	free(b.p);
}

/* Every cut of every sample fails, or (a cut in a trailer the decoder
 * does not need) gives the whole picture: never a crash or half. */
static void
test_truncated(void **state)
{
	struct blob s[4];
	struct image_pixels *img;
	char err[256];
	size_t i, n;

	s[0] = make_png();
	s[1] = make_jpeg();
	s[2] = make_gif(0);
	s[3] = make_webp();
	for (i = 0; i < 4; i++) {
		/* the first half: always refused */
		check_refused(s[i].p, s[i].n / 2, NULL, NULL);
		for (n = 0; n < s[i].n; n++) {
			img = NULL;
			if (image_decode(s[i].p, n, NULL, &img, err,
			    sizeof err) == 0) {
				assert_true(img->w > 0 && img->h > 0);
				image_free(&img);
			} else
				assert_null(img);
		}
		free(s[i].p);
	}
}

static void
put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* A PNG's IHDR set to w x h, its CRC made right again. */
static void
png_resize(struct blob *b, uint32_t w, uint32_t h)
{
	put_be32(b->p + 16, w);
	put_be32(b->p + 20, h);
	put_be32(b->p + 29, (uint32_t)crc32(0, b->p + 12, 17));
}

/* Find a JPEG's SOF0..2 marker and set its size. */
static void
jpeg_resize(struct blob *b, unsigned w, unsigned h)
{
	size_t i;

	for (i = 2; i + 9 < b->n; i++)
		if (b->p[i] == 0xff && b->p[i + 1] >= 0xc0 &&
		    b->p[i + 1] <= 0xc2) {
			b->p[i + 5] = (unsigned char)(h >> 8);
			b->p[i + 6] = (unsigned char)h;
			b->p[i + 7] = (unsigned char)(w >> 8);
			b->p[i + 8] = (unsigned char)w;
			return;
		}
	fail_msg("no SOF marker");
}

static void
test_bomb(void **state)
{
	struct blob b;
	unsigned char vp8x[30] = "RIFF\x16\0\0\0WEBPVP8X\x0a\0\0\0";

	b = make_png();
	png_resize(&b, 30000, 30000);
	seed_write("bomb.png", &b);
	check_refused(b.p, b.n, NULL, "too large (30000x30000");
	free(b.p);
	b = make_jpeg();
	jpeg_resize(&b, 30000, 30000);
	seed_write("bomb.jpg", &b);
	check_refused(b.p, b.n, NULL, "too large (30000x30000");
	free(b.p);
	b = make_gif(0);
	b.p[6] = 30000 & 0xff;
	b.p[7] = 30000 >> 8;
	b.p[8] = 30000 & 0xff;
	b.p[9] = 30000 >> 8;
	seed_write("bomb.gif", &b);
	check_refused(b.p, b.n, NULL, "too large (30000x30000");
	free(b.p);
	/* WebP's extended header: 24-bit canvas sizes, minus one */
	vp8x[24] = (30000 - 1) & 0xff;
	vp8x[25] = (30000 - 1) >> 8;
	vp8x[27] = (30000 - 1) & 0xff;
	vp8x[28] = (30000 - 1) >> 8;
	check_refused(vp8x, sizeof vp8x, NULL, NULL);
	/* a frame larger than a small screen is measured on its own too */
	b = make_gif(0);
	check_refused(b.p, b.n, &(struct image_limits){ 0, 11, 0 },
	    "too large (4x3");
	free(b.p);
}

static void
test_caps(void **state)
{
	struct blob b = make_png();
	struct image_pixels *img = NULL;
	char err[256];

	check_refused(b.p, b.n, &(struct image_limits){ b.n - 1, 0, 0 },
	    "file too large");
	check_refused(b.p, b.n, &(struct image_limits){ 0, 11, 0 },
	    "too large (4x3");
	check_refused(b.p, b.n, &(struct image_limits){ 0, 0, 3 },
	    "too large (4x3");
	assert_int_equal(image_decode(b.p, b.n,
	    &(struct image_limits){ b.n, 12, 4 }, &img, err, sizeof err), 0);
	image_free(&img);
	free(b.p);
}

static void
test_hostile(void **state)
{
	struct blob png = make_png(), jpg = make_jpeg(), b = { NULL, 0 };

	/* zero: no bytes, and headers of 0 x N */
	check_refused("", 0, NULL, "empty");
	check_refused(NULL, 0, NULL, "empty");
	png_resize(&png, 0, 3);
	seed_write("zero.png", &png);
	check_refused(png.p, png.n, NULL, NULL);
	free(png.p);
	png = make_png();
	/* a mismatched type: PNG's magic over a JPEG's body, and the other
	 * way round; text claiming nothing */
	blob_add(&b, png.p, 8);
	blob_add(&b, jpg.p, jpg.n);
	seed_write("mismatch.png", &b);
	check_refused(b.p, b.n, NULL, "png");
	free(b.p);
	b.p = NULL;
	b.n = 0;
	blob_add(&b, jpg.p, 3);
	blob_add(&b, png.p, png.n);
	check_refused(b.p, b.n, NULL, "jpeg");
	check_refused("<html>not a picture</html>", 26, NULL,
	    "not a picture");
	/* a PNG with a broken CRC */
	png.p[30] ^= 0xff;
	check_refused(png.p, png.n, NULL, "png");
	free(b.p);
	free(png.p);
	free(jpg.p);
}

static void
test_fit(void **state)
{
	static const struct {
		uint32_t w, h;
		int	 max_cols, max_rows, cols, rows;
	} rows[] = {
		{ 400, 200, 80, 40, 80, 20 },	/* 2:1 -> 80 x 20 cells */
		{ 100, 100, 80, 24, 48, 24 },	/* square, rows capped */
		{ 1000, 10, 80, 24, 80, 1 },	/* a strip: one row */
		{ 10, 1000, 80, 24, 1, 24 },	/* a thread: one column */
		{ 4, 3, 72, 20, 53, 20 },
	};
	struct image_pixels p;
	size_t i;
	int c, r;

	memset(&p, 0, sizeof p);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		p.w = rows[i].w;
		p.h = rows[i].h;
		image_fit(&p, rows[i].max_cols, rows[i].max_rows, &c, &r);
		assert_int_equal(c, rows[i].cols);
		assert_int_equal(r, rows[i].rows);
	}
}

static void
test_detect(void **state)
{
	static const struct {
		struct image_term	 t;
		enum image_protocol	 want;
	} rows[] = {
		{ { "xterm-256color", NULL, NULL, NULL, NULL },
		    IMAGE_PROTO_SYMBOLS },
		{ { "xterm-kitty", NULL, NULL, NULL, NULL },
		    IMAGE_PROTO_KITTY },
		{ { "xterm-256color", NULL, NULL, NULL, "1" },
		    IMAGE_PROTO_KITTY },
		{ { "xterm-kitty", NULL, "/tmp/tmux-0/default,1,0", NULL,
		    "1" }, IMAGE_PROTO_SYMBOLS },
		{ { "screen-256color", NULL, NULL, NULL, NULL },
		    IMAGE_PROTO_SYMBOLS },
		{ { "tmux-256color", NULL, NULL, NULL, NULL },
		    IMAGE_PROTO_SYMBOLS },
		{ { "foot", NULL, NULL, NULL, NULL }, IMAGE_PROTO_SIXEL },
		{ { "foot", NULL, NULL, "123.pts", NULL },
		    IMAGE_PROTO_SYMBOLS },
		{ { "xterm-256color", "WezTerm", NULL, NULL, NULL },
		    IMAGE_PROTO_SIXEL },
		{ { NULL, NULL, NULL, NULL, NULL }, IMAGE_PROTO_SYMBOLS },
		{ { "", "", "", "", "" }, IMAGE_PROTO_SYMBOLS },
	};
	size_t i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_int_equal(image_detect(&rows[i].t), rows[i].want);
	assert_int_equal(image_protocol_parse("kitty"), IMAGE_PROTO_KITTY);
	assert_int_equal(image_protocol_parse("symbols"), IMAGE_PROTO_SYMBOLS);
	assert_int_equal(image_protocol_parse("auto"), IMAGE_PROTO_AUTO);
	assert_int_equal(image_protocol_parse("none"), IMAGE_PROTO_NONE);
	assert_int_equal(image_protocol_parse("sixels"), -1);
	assert_int_equal(image_protocol_parse(NULL), -1);
	assert_string_equal(image_protocol_name(IMAGE_PROTO_SIXEL), "sixel");
}

/* Half red, half blue, as 8x4 cells: colours on both sides, only
 * printable one-column symbols. */
static void
test_cells(void **state)
{
	struct image_pixels *img = NULL;
	struct image_cells *c = NULL;
	unsigned char *px;
	char *esc;
	size_t n, i, red = 0, blue = 0;
	uint32_t x, y;

	img = xcalloc(1, sizeof *img);
	img->w = 40;
	img->h = 40;
	img->rgba = xcalloc(40 * 40, 4);
	for (y = 0; y < 40; y++)
		for (x = 0; x < 40; x++) {
			px = img->rgba + (y * 40 + x) * 4;
			px[x < 20 ? 0 : 2] = 255;
			px[3] = 255;
		}
	assert_int_equal(image_to_cells(img, 8, 4, IMAGE_COLORS_DIRECT, &c),
	    0);
	assert_int_equal(c->cols, 8);
	assert_int_equal(c->rows, 4);
	for (i = 0; i < 32; i++) {
		assert_true((unsigned char)c->cells[i].ch[0] >= 0x20);
		if (c->cells[i].fg == 0xff0000 || c->cells[i].bg == 0xff0000)
			red++;
		if (c->cells[i].fg == 0x0000ff || c->cells[i].bg == 0x0000ff)
			blue++;
	}
	assert_true(red >= 16 && blue >= 16);
	image_cells_free(&c);
	assert_int_equal(image_to_cells(img, 8, 4, IMAGE_COLORS_256, &c), 0);
	for (i = 0; i < 32; i++)
		assert_true(c->cells[i].fg <= 255 || c->cells[i].fg ==
		    IMAGE_COLOR_DEFAULT);
	/* xterm's cube: pure red is 196, pure blue 21 */
	assert_true(c->cells[0].fg == 196 || c->cells[0].bg == 196);
	assert_true(c->cells[7].fg == 21 || c->cells[7].bg == 21);
	image_cells_free(&c);
	assert_int_equal(image_to_cells(img, 0, 4, IMAGE_COLORS_256, &c), -1);
	esc = image_to_escapes(img, 8, 4, IMAGE_PROTO_SIXEL, 0, 0, &n);
	assert_non_null(esc);
	assert_non_null(strstr(esc, "\033P"));
	free(esc);
	esc = image_to_escapes(img, 8, 4, IMAGE_PROTO_KITTY, 8, 16, &n);
	assert_non_null(esc);
	assert_non_null(strstr(esc, "\033_G"));
	free(esc);
	assert_null(image_to_escapes(img, 8, 4, IMAGE_PROTO_SYMBOLS, 0, 0, &n));
	image_free(&img);
}

/* 40x20 of two halves shrunk to 4x2 (and a fitting one left alone). */
static void
test_shrink(void **state)
{
	struct image_pixels *img = xcalloc(1, sizeof *img), *same;
	uint32_t x, y;
	unsigned char *px;

	img->w = 40;
	img->h = 20;
	img->rgba = xcalloc(40 * 20, 4);
	for (y = 0; y < 20; y++)
		for (x = 0; x < 40; x++) {
			px = img->rgba + (y * 40 + x) * 4;
			px[0] = x < 20 ? 200 : 0;
			px[2] = x < 20 ? 0 : 100;
			px[3] = 255;
		}
	same = img;
	image_shrink(&img, 40, 20);
	assert_ptr_equal(img, same);
	image_shrink(&img, 4, 100);
	assert_int_equal(img->w, 4);
	assert_int_equal(img->h, 2);
	assert_int_equal(img->rgba[0], 200);
	assert_int_equal(img->rgba[2], 0);
	assert_int_equal(img->rgba[3 * 4 + 0], 0);
	assert_int_equal(img->rgba[3 * 4 + 2], 100);
	assert_int_equal(img->rgba[7 * 4 + 3], 255);
	image_shrink(&img, 1, 1);
	assert_int_equal(img->w, 1);
	assert_int_equal(img->h, 1);
	assert_int_equal(img->rgba[0], 100);
	assert_int_equal(img->rgba[2], 50);
	image_free(&img);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_bomb),
		cmocka_unit_test(test_caps),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_shrink),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
