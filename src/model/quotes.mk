# quote indexing: src_model_libmodel_a_SOURCES += ...
src_model_libmodel_a_SOURCES += src/model/quotes.c src/model/quotes.h
# reload runs model_quotes_body in its worker threads (base/pool).
src_model_libmodel_a_CFLAGS = $(AM_CFLAGS) -pthread
