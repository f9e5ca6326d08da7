# src/model: glue between the layers — reload (fetch -> parse -> store),
# in reload.mk, quote indexing (store <- quote), in quotes.mk, and the
# front ends' view of the store (model.h), in model.mk.
MODEL_LIB = src/model/libmodel.a
noinst_LIBRARIES += src/model/libmodel.a
src_model_libmodel_a_SOURCES =
include src/model/reload.mk
include src/model/quotes.mk
include src/model/model.mk
# the podcast download queue (download.h): rules, actions, the runner
src_model_libmodel_a_SOURCES += src/model/download.h src/model/download.c \
	src/model/download-act.c src/model/download-run.c
# sync with a server (sync.h): settings, the Google Reader API client
src_model_libmodel_a_SOURCES += src/model/sync.h src/model/sync-int.h \
	src/model/sync.c src/model/sync-greader.c src/model/sync-ttrss.c
