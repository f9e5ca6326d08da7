/*
 * fetch-decode.c: Content-Encoding undone after the transfer, for callers
 * that asked for raw bodies (fetch_opts.raw_encoding) so that the
 * decompression runs in their worker threads and a waiting body stays
 * small.  gzip, deflate (zlib-wrapped, or raw as some servers send it), br
 * and zstd (a window of at most 8 MB, as RFC 8878 asks of HTTP), with the
 * same cap and the same messages as libcurl's own decoding.
 * A single gzip member whose trailer states a size within the cap is
 * decoded by libdeflate in one call, into a buffer of that size (three
 * times zlib's speed); anything else, and anything libdeflate refuses, goes
 * through zlib's stream, which gives the verdict and the message.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <brotli/decode.h>
#include <libdeflate.h>
#include <zlib.h>
#include <zstd.h>

#include "fetch/fetch-int.h"

#define FETCH_DEC_CHUNK	(64u << 10)
#define FETCH_ZSTD_WLOG	23		/* 8 MB windows, RFC 8878 */

static int	 inflate_all(const char *in, size_t inlen, int window,
		     size_t cap, struct buf *out, int *over);
static int	 gunzip_whole(const char *in, size_t inlen, size_t cap,
		     struct buf *out);
static int	 unbrotli_all(const char *in, size_t inlen, size_t cap,
		     struct buf *out, int *over);
static int	 unzstd_all(const char *in, size_t inlen, size_t cap,
		     struct buf *out, int *over);

/* 0: out holds the whole br stream and nothing follows it; -1: damaged,
 * cut short, or over the cap (*over). */
static int
unbrotli_all(const char *in, size_t inlen, size_t cap, struct buf *out,
    int *over)
{
	BrotliDecoderState *bs;
	BrotliDecoderResult rc;
	const uint8_t *next_in = (const uint8_t *)in;
	uint8_t *next_out;
	size_t avail_in = inlen, avail_out;

	if ((bs = BrotliDecoderCreateInstance(NULL, NULL, NULL)) == NULL)
		return -1;
	do {
		buf_grow(out, FETCH_DEC_CHUNK);
		next_out = (uint8_t *)out->data + out->len;
		avail_out = FETCH_DEC_CHUNK;
		rc = BrotliDecoderDecompressStream(bs, &avail_in, &next_in,
		    &avail_out, &next_out, NULL);
		out->len += FETCH_DEC_CHUNK - avail_out;
		out->data[out->len] = '\0';
		if (out->len > cap) {
			*over = 1;
			rc = BROTLI_DECODER_RESULT_ERROR;
		}
	} while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT);
	BrotliDecoderDestroyInstance(bs);
	return rc == BROTLI_DECODER_RESULT_SUCCESS && avail_in == 0 ? 0 : -1;
}

/* The same for zstd: one or more whole frames. */
static int
unzstd_all(const char *in, size_t inlen, size_t cap, struct buf *out,
    int *over)
{
	ZSTD_DCtx *z;
	ZSTD_inBuffer ib = { in, inlen, 0 };
	ZSTD_outBuffer ob;
	size_t rc;
	int ret = -1;

	if ((z = ZSTD_createDCtx()) == NULL)
		return -1;
	if (ZSTD_isError(ZSTD_DCtx_setParameter(z, ZSTD_d_windowLogMax,
	    FETCH_ZSTD_WLOG)))
		goto out;
	for (;;) {
		buf_grow(out, FETCH_DEC_CHUNK);
		ob.dst = out->data + out->len;
		ob.size = FETCH_DEC_CHUNK;
		ob.pos = 0;
		rc = ZSTD_decompressStream(z, &ob, &ib);
		out->len += ob.pos;
		out->data[out->len] = '\0';
		if (ZSTD_isError(rc))
			break;
		if (out->len > cap) {
			*over = 1;
			break;
		}
		if (rc == 0 && ib.pos == ib.size) {
			ret = 0;
			break;
		}
		/* All read, nothing more to give, yet inside a frame. */
		if (ib.pos == ib.size && ob.pos < ob.size)
			break;
	}
out:
	ZSTD_freeDCtx(z);
	return ret;
}

/* 0: out holds the one gzip member that is all of in; -1: not that case
 * (several members, a trailer that lies or is over the cap, damage). */
static int
gunzip_whole(const char *in, size_t inlen, size_t cap, struct buf *out)
{
	const unsigned char *t = (const unsigned char *)in + inlen - 4;
	struct libdeflate_decompressor *d;
	size_t isize, used = 0, got = 0;
	enum libdeflate_result rc;

	if (inlen < 18)
		return -1;
	/* ISIZE, the size modulo 2^32: a hint only, checked by decoding. */
	isize = (size_t)t[0] | (size_t)t[1] << 8 | (size_t)t[2] << 16 |
	    (size_t)t[3] << 24;
	if (isize > cap || (d = libdeflate_alloc_decompressor()) == NULL)
		return -1;
	buf_grow(out, isize);
	rc = libdeflate_gzip_decompress_ex(d, in, inlen, out->data, isize,
	    &used, &got);
	libdeflate_free_decompressor(d);
	if (rc != LIBDEFLATE_SUCCESS || used != inlen || got != isize) {
		out->len = 0;
		out->data[0] = '\0';
		return -1;
	}
	out->len = got;
	out->data[got] = '\0';
	return 0;
}

/* 0: out holds the whole stream; -1: corrupt, or over the cap (*over). */
static int
inflate_all(const char *in, size_t inlen, int window, size_t cap,
    struct buf *out, int *over)
{
	z_stream zs;
	int rc;

	memset(&zs, 0, sizeof zs);
	if (inflateInit2(&zs, window) != Z_OK)
		return -1;
	zs.next_in = (Bytef *)(uintptr_t)in;
	zs.avail_in = (uInt)inlen;
	do {
		buf_grow(out, FETCH_DEC_CHUNK);
		zs.next_out = (Bytef *)out->data + out->len;
		zs.avail_out = FETCH_DEC_CHUNK;
		rc = inflate(&zs, Z_NO_FLUSH);
		out->len += FETCH_DEC_CHUNK - zs.avail_out;
		out->data[out->len] = '\0';
		if (out->len > cap) {
			*over = 1;
			rc = Z_DATA_ERROR;
		}
		/* Concatenated gzip members, as gzip(1) reads them. */
		if (rc == Z_STREAM_END && zs.avail_in > 0 && window > 15 &&
		    inflateReset(&zs) == Z_OK)
			rc = Z_OK;
	} while (rc == Z_OK && (zs.avail_in > 0 || zs.avail_out == 0));
	inflateEnd(&zs);
	return rc == Z_STREAM_END ? 0 : -1;
}

int
fetch_result_decode(struct fetch_result *r, size_t max_bytes)
{
	struct buf out = BUF_INIT;
	const char *enc = r->encoding;
	char sz[32];
	int over = 0, rc;

	if (max_bytes == 0)
		max_bytes = FETCH_DEF_MAX_BYTES;
	if (!r->ok || r->not_modified || enc == NULL ||
	    strcasecmp(enc, "identity") == 0) {
		FREE(&r->encoding);
		return r->ok ? 0 : -1;
	}
	if (strcasecmp(enc, "gzip") == 0 || strcasecmp(enc, "x-gzip") == 0) {
		rc = gunzip_whole(r->body, r->len, max_bytes, &out);
		if (rc == -1)
			rc = inflate_all(r->body, r->len, 15 + 16, max_bytes,
			    &out, &over);
	}
	else if (strcasecmp(enc, "deflate") == 0) {
		rc = inflate_all(r->body, r->len, 15, max_bytes, &out, &over);
		if (rc == -1 && !over) {
			out.len = 0;
			rc = inflate_all(r->body, r->len, -15, max_bytes, &out,
			    &over);
		}
	} else if (strcasecmp(enc, "br") == 0)
		rc = unbrotli_all(r->body, r->len, max_bytes, &out, &over);
	else if (strcasecmp(enc, "zstd") == 0)
		rc = unzstd_all(r->body, r->len, max_bytes, &out, &over);
	else {
		snprintf(r->error, sizeof r->error, _("the server sent an "
		    "encoding that was not asked for (%s)"), enc);
		goto fail;
	}
	if (rc == -1) {
		if (over) {
			fetch_size_str(max_bytes, sz, sizeof sz);
			snprintf(r->error, sizeof r->error, _("the document is "
			    "larger than the %s limit"), sz);
		} else
			snprintf(r->error, sizeof r->error, "%s",
			    _("the compressed document is corrupt"));
		goto fail;
	}
	free(r->body);
	r->len = out.len;
	r->body = buf_detach(&out);
	FREE(&r->encoding);
	return 0;

fail:
	buf_free(&out);
	FREE(&r->body);
	r->len = 0;
	r->ok = 0;
	FREE(&r->encoding);
	return -1;
}
