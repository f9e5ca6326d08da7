# data: the demo feeds, installed to $(pkgdatadir)/demo for --demo.
demodir = $(pkgdatadir)/demo
dist_demo_DATA = $(wildcard $(srcdir)/data/demo/*.xml)
