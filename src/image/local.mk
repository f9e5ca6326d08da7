# src/image: pictures from hostile bytes (image.h).  Only this archive sees
# libpng, libjpeg-turbo, libwebp, giflib and libchafa (with glib).
noinst_LIBRARIES += src/image/libimage.a
src_image_libimage_a_CPPFLAGS = $(AM_CPPFLAGS) $(LIBPNG_CFLAGS) \
	$(TURBOJPEG_CFLAGS) $(LIBWEBP_CFLAGS) $(CHAFA_CFLAGS)
src_image_libimage_a_SOURCES = src/image/image.h src/image/image-int.h \
	src/image/image.c src/image/image-proto.c
IMAGE_EXT_LIBS =
if IMAGES
src_image_libimage_a_SOURCES += src/image/image-png.c src/image/image-jpeg.c \
	src/image/image-gif.c src/image/image-webp.c src/image/image-cells.c
IMAGE_EXT_LIBS += $(LIBPNG_LIBS) $(TURBOJPEG_LIBS) $(LIBWEBP_LIBS) \
	$(GIFLIB_LIBS) $(CHAFA_LIBS)
else
src_image_libimage_a_SOURCES += src/image/image-nocells.c
endif
EXTRA_DIST += src/image/image-png.c src/image/image-jpeg.c \
	src/image/image-gif.c src/image/image-webp.c src/image/image-cells.c \
	src/image/image-nocells.c
IMAGE_LIB = src/image/libimage.a
