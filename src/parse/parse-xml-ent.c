/*
 * parse-xml-ent: entities (tidings' own budget from parse-ent, HTML names
 * from our table, external ones never loaded) and libxml2's errors.
 */
#include "config.h"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/entities.h>
#include <libxml/SAX2.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/log.h"
#include "base/uri.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"
#include "parse/parse-xml-int.h"

static xmlEntityPtr px_scratch_entity(struct pxml *, const xmlChar *,
		     const char *);

void
px_refuse(struct pxml *px, const char *why)
{
	if (!px->refused) {
		px->refused = 1;
		snprintf(px->why, sizeof px->why, "%s", why);
	}
	xmlStopParser(px->ctxt);
}

/*
 * Over tidings' entity limits (parse-ent).  One message for both rules:
 * which one trips first may depend on when libxml2 looks an entity up.
 * Called from getEntity, which libxml2 2.9 also calls inside an entity
 * declaration, where stopping the parser leaks the declaration's value:
 * so only mark the refusal (every callback and getEntity then do nothing)
 * and let pxml_push stop the parser once xmlParseChunk returns.
 */
void
px_refuse_entities(struct pxml *px)
{
	if (px->refused)
		return;
	px->refused = 1;
	snprintf(px->why, sizeof px->why, _("refused: entities expand too far "
	    "(over %llu bytes or %d levels deep)"),
	    (unsigned long long)px->pe->budget, PENT_MAX_NEST);
}

/* An entity that libxml2 inlines as the given text (at most 7 bytes): two
 * scratch ones, as libxml2 may still hold the previous one. */
static xmlEntityPtr
px_scratch_entity(struct pxml *px, const xmlChar *name, const char *text)
{
	int k = px->ent_next ^= 1;
	xmlEntityPtr ent = &px->ent[k];

	/* libxml2 2.9 hands a just-declared entity's raw text to whatever
	 * getEntity answers (ent->orig): ours to free. */
	if (ent->orig != NULL)
		xmlFree(ent->orig);
	snprintf(px->ent_text[k], sizeof px->ent_text[k], "%s", text);
	memset(ent, 0, sizeof *ent);
	ent->type = XML_ENTITY_DECL;
	ent->etype = XML_INTERNAL_PREDEFINED_ENTITY;
	ent->name = name;
	ent->content = (xmlChar *)px->ent_text[k];
	ent->length = (int)strlen(px->ent_text[k]);
	return ent;
}

/*
 * Entities: declared internal ones as libxml2 knows them while within
 * tidings' budget (parse-ent), nothing once over it or when not recorded
 * there; external ones never (they resolve to nothing); undeclared HTML
 * names from our table, answered as "predefined" so libxml2 inlines the
 * text.
 */
xmlEntityPtr
px_get_entity(void *ctx, const xmlChar *name)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;
	const struct parse_entity *pe;
	xmlEntityPtr ent;
	char text[8];
	size_t n;

	ent = xmlSAX2GetEntity(ctx, name);
	if (ent != NULL) {
		if (ent->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY ||
		    ent->etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY)
			return px_scratch_entity(px, name, "");
		if (ent->etype != XML_INTERNAL_GENERAL_ENTITY || px->pe == NULL)
			return ent;
		if (px->refused)
			return px_scratch_entity(px, name, "");
		if (!pent_known(px->pe, (const char *)name))
			goto table;
		if (pent_over(px->pe) != PENT_OK) {
			px_refuse_entities(px);
			return px_scratch_entity(px, name, "");
		}
		return ent;
	}
table:
	pe = parse_entity_find((const char *)name);
	if (pe == NULL)
		return ent != NULL ? px_scratch_entity(px, name, "") : NULL;
	n = utf8_encode(pe->cp, text);
	text[n] = '\0';
	return px_scratch_entity(px, name, text);
}

/* libxml2 records the declaration; parse-ent learns it too. */
void
px_entity_decl(void *ctx, const xmlChar *name, int type,
    const xmlChar *public_id, const xmlChar *system_id, xmlChar *content)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;

	xmlSAX2EntityDecl(ctx, name, type, public_id, system_id, content);
	if (px != NULL && px->pe != NULL && name != NULL && content != NULL &&
	    type == XML_INTERNAL_GENERAL_ENTITY)
		pent_declare(px->pe, (const char *)name,
		    (const char *)content);
}

xmlParserInputPtr
px_resolve(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void)ctx;
	(void)public_id;
	(void)system_id;
	return NULL;	/* never load anything */
}

void
px_serror(void *ctx, px_error_t err)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px;
	size_t n;

	if (ctxt == NULL || err == NULL || err->domain == XML_FROM_IO)
		return;
	px = ctxt->_private;
	if (px == NULL)
		return;
	if (err->code == XML_ERR_ENTITY_LOOP ||
	    err->code == XML_ERR_ENTITY_BOUNDARY) {
		px_refuse(px, _("refused: entity expansion too large"));
		return;
	}
	if (err->level == XML_ERR_FATAL)
		px->fatal_errors++;
	if (px->first_error[0] == '\0' && err->message != NULL) {
		snprintf(px->first_error, sizeof px->first_error, "line %d: %s",
		    err->line, err->message);
		n = strlen(px->first_error);
		while (n > 0 && px->first_error[n - 1] == '\n')
			px->first_error[--n] = '\0';
	}
}
