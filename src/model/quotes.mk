# quote indexing: src_model_libmodel_a_SOURCES += ...
src_model_libmodel_a_SOURCES += src/model/quotes.c src/model/quotes.h
# model_quotes_queue runs the quote finder in a worker thread.
src_model_libmodel_a_CFLAGS = $(AM_CFLAGS) -pthread
