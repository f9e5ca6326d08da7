# reload: src_model_libmodel_a_SOURCES += ...
src_model_libmodel_a_SOURCES += src/model/reload.c src/model/reload.h \
	src/model/sched.c src/model/sched.h src/model/source.h \
	src/model/source-url.c src/model/reload-opts.c
