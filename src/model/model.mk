# the front ends' model (model.h): feed-list rows, article lists (keyset
# paging), the filter language, actions, the error list.
src_model_libmodel_a_SOURCES += src/model/model.c src/model/model.h \
	src/model/model-int.h src/model/model-feeds.c src/model/model-list.c \
	src/model/model-filter.c
# killfile, highlights, named filters (tidying)
src_model_libmodel_a_SOURCES += src/model/model-tidy.c
# reload notifications (notify-*): text, escapes, the program
src_model_libmodel_a_SOURCES += src/model/notify.c src/model/notify.h
