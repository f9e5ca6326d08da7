/*
 * fuzz-config: the config-file parser (conf/config.c), over a buffer as
 * config_load hands it the file.  No crash, no leak; every key binding
 * kept has a name (config_key_name, the help screen's) that parses back
 * to the same key; colours stay in range.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "conf/config.h"
#include "tests/fuzz/fuzz.h"

/* Codes the TUI treats as one key (config.h: ^[ is ESC, ENTER is '\n'). */
static int
same_key(int a, int b)
{
	if (a == 27 || a == CK_ESC)
		return b == 27 || b == CK_ESC;
	if (a == '\n' || a == '\r' || a == CK_ENTER)
		return b == '\n' || b == '\r' || b == CK_ENTER;
	return a == b;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c;
	const char *name;
	size_t i;
	int code, rc;

	config_init(&c);
	rc = config_parse((const char *)data, size, "fuzz", &c);
	FUZZ_CHECK(rc >= 0, "config_parse returned %d", rc);
	for (i = 0; i < c.nbindings; i++) {
		FUZZ_CHECK(c.bindings[i].key != NULL, "binding %zu", i);
		if (c.bindings[i].code == 0)	/* unbind-key -a */
			continue;
		name = config_key_name(c.bindings[i].code);
		FUZZ_CHECK(name != NULL && config_key_parse(name, &code) == 0 &&
		    same_key(code, c.bindings[i].code), "key \"%s\" = %d named \"%s\"",
		    c.bindings[i].key, c.bindings[i].code, name ? name : "");
	}
	for (i = 0; i < CE__COUNT; i++) {
		FUZZ_CHECK(c.colors[i].fg >= -1 && c.colors[i].fg <= 255 &&
		    c.colors[i].bg >= -1 && c.colors[i].bg <= 255,
		    "colour %zu: %d/%d", i, c.colors[i].fg, c.colors[i].bg);
	}
	config_free(&c);
	return 0;
}
