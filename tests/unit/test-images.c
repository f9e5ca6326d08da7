/*
 * test-images: the pictures' glue (model/images.h): cache names, the
 * cache trim, the refusal of what is not http(s), and a failed fetch on
 * a real engine ending as FAILED with the engine's reason, the partial
 * file gone.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cmocka.h>

#include "base/lib.h"
#include "fetch/lib.h"
#include "model/images.h"

static char *
tmpdir(void)
{
	char *d = xstrdup("/tmp/tidings-images.XXXXXX");

	assert_non_null(mkdtemp(d));
	return d;
}

static void
make_file(const char *dir, const char *name, size_t size, time_t mtime)
{
	struct timeval tv[2];
	char *p = paths_join(dir, name);
	FILE *fp = fopen(p, "wb");
	size_t i;

	assert_non_null(fp);
	for (i = 0; i < size; i++)
		fputc('x', fp);
	fclose(fp);
	tv[0].tv_sec = tv[1].tv_sec = mtime;
	tv[0].tv_usec = tv[1].tv_usec = 0;
	assert_int_equal(utimes(p, tv), 0);
	free(p);
}

static int
exists(const char *dir, const char *name)
{
	char *p = paths_join(dir, name);
	struct stat sb;
	int rc = stat(p, &sb) == 0;

	free(p);
	return rc;
}

static void
rm_dir(const char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
}

static void
test_names(void **state)
{
	char *a = images_cache_path("/c", "http://h/a.png");
	char *b = images_cache_path("/c", "http://h/b.png");
	char *a2 = images_cache_path("/c", "http://h/a.png");
	char *evil = images_cache_path("/c", "http://h/../../etc/passwd");

	assert_string_equal(a, a2);
	assert_string_not_equal(a, b);
	/* "/c/" + 16 hex digits + ".img": nothing of the URL */
	assert_int_equal(strlen(a), 3 + 16 + 4);
	assert_int_equal(strncmp(a, "/c/", 3), 0);
	assert_null(strstr(evil, ".."));
	assert_int_equal(strlen(evil), strlen(a));
	free(a);
	free(b);
	free(a2);
	free(evil);
}

static void
test_trim(void **state)
{
	char *d = tmpdir();

	make_file(d, "0000000000000001.img", 100, 1000);
	make_file(d, "0000000000000002.img", 100, 2000);
	make_file(d, "0000000000000003.img", 100, 3000);
	make_file(d, "0000000000000004.img.part", 500, 10);
	make_file(d, "notes.txt", 500, 10);
	assert_int_equal(images_cache_trim(d, 250), 200);
	assert_false(exists(d, "0000000000000001.img"));
	assert_true(exists(d, "0000000000000002.img"));
	assert_true(exists(d, "0000000000000003.img"));
	/* not ours, or still being written: left alone */
	assert_true(exists(d, "0000000000000004.img.part"));
	assert_true(exists(d, "notes.txt"));
	assert_int_equal(images_cache_trim(d, 300), 200);
	assert_int_equal(images_cache_trim(d, 0), 0);
	assert_false(exists(d, "0000000000000003.img"));
	rm_dir(d);
	free(d);
}

static void
test_refused(void **state)
{
	struct fetch *f = fetch_new(NULL);
	char *d = tmpdir();
	struct images *im = images_new(f, d, 1024 * 1024);
	const struct image_pixels *px;
	const char *why;
	static const char *const urls[] = {
		"file:///etc/passwd", "exec:touch /tmp/pwned", "ftp://h/a.png",
		"data:image/png;base64,AAAA", "filter:x:http://h/a.png",
	};
	size_t i;

	for (i = 0; i < sizeof urls / sizeof urls[0]; i++) {
		assert_int_equal(images_get(im, urls[i], &px, &why),
		    IMAGES_FAILED);
		assert_null(px);
		assert_non_null(strstr(why, "http"));
	}
	assert_int_equal(images_loading(im), 0);
	assert_int_equal(images_poll(im), 0);
	images_free(&im);
	assert_null(im);
	fetch_free(&f);
	rm_dir(d);
	free(d);
}

/* Nothing listens on port 1: the fetch fails, the picture is FAILED with
 * the engine's reason, and no partial file is left. */
static void
test_fetch_fails(void **state)
{
	struct fetch *f = fetch_new(NULL);
	char *d = tmpdir(), *path;
	struct images *im = images_new(f, d, 1024 * 1024);
	const struct image_pixels *px;
	const char *why = NULL;
	const char *url = "http://127.0.0.1:1/a.png";
	int changed = 0;

	assert_int_equal(images_get(im, url, &px, &why), IMAGES_LOADING);
	assert_int_equal(images_loading(im), 1);
	while (images_loading(im) > 0) {
		changed += images_poll(im);
		if (images_loading(im) > 0)
			fetch_poll(f, 100);
	}
	assert_int_equal(changed, 1);
	assert_int_equal(images_get(im, url, &px, &why), IMAGES_FAILED);
	assert_null(px);
	assert_true(why != NULL && *why != '\0');
	path = images_cache_path(d, url);
	assert_false(access(path, F_OK) == 0);
	free(path);
	images_free(&im);
	fetch_free(&f);
	rm_dir(d);
	free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_trim),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_fetch_fails),
	};

	log_set_dispatcher(NULL, NULL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
