# Debian packages (included by the Makefile).
#   make deb          dpkg-buildpackage -us -uc -b in a copy of the tree
#                     ($(DEB_DIR)/src), the .debs copied to $(DEB_OUT)
#   make deb-test     make deb (symbols checked strictly), lintian clean
#                     (errors and warnings fail; overrides in
#                     debian/*.lintian-overrides say why), then the packages
#                     unpacked in a scratch root, the CLI and examples/embed.c
#                     run from it (tests/deb_test.sh)
#   make deb-symbols  regenerate debian/libgenaicostN.symbols from the built
#                     library, after a public function is added
# The tools (debhelper, lintian, devscripts, dpkg-dev) are installed with
# .ci/deps.sh when missing.
DEB_DIR  ?= $(BUILD)/deb
DEB_OUT  ?= $(BUILD)/debs
DEB_JOBS ?= 2
# the library package follows the soname: libgenaicost.so.N -> libgenaicostN
DEB_LIBPKG := libgenaicost$(patsubst libgenaicost.so.%,%,$(SONAME))
DEB_TOOLS := debhelper lintian devscripts dpkg-dev
# dpkg-gensymbols: 4 fails on any difference from the symbols file
DEB_SYMBOLS_LEVEL ?= 1

.PHONY: deb deb-test deb-symbols deb-tools
deb-tools:
	@for t in dpkg-buildpackage dh lintian dpkg-gensymbols; do command -v $$t >/dev/null || missing=1; done; \
	[ -z "$${missing:-}" ] || GAC_DEPS_EXTRA="$(DEB_TOOLS)" sh .ci/deps.sh

deb: deb-tools
	@test -f debian/$(DEB_LIBPKG).symbols || { echo "make deb: the library package for $(SONAME) is" \
	    "$(DEB_LIBPKG), but debian/ has no $(DEB_LIBPKG).symbols: rename the package in debian/control and" \
	    "its files, then make deb-symbols" >&2; exit 1; }
	@v=$$(dpkg-parsechangelog -l debian/changelog -S Version); [ "$${v%%-*}" = "$(VERSION)" ] || { \
	    echo "make deb: debian/changelog says $$v, genaicost.h $(VERSION): add a changelog entry (dch -v)" >&2; exit 1; }
	rm -rf $(DEB_DIR) && mkdir -p $(DEB_DIR)/src $(DEB_OUT)
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	    git ls-files -z -co --exclude-standard | tar --null -T - -cf - | tar -xf - -C $(DEB_DIR)/src; \
	else tar --exclude='./build*' -cf - . | tar -xf - -C $(DEB_DIR)/src; fi
	cd $(DEB_DIR)/src && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES \
	    DPKG_GENSYMBOLS_CHECK_LEVEL=$(DEB_SYMBOLS_LEVEL) dpkg-buildpackage -us -uc -b -j$(DEB_JOBS) >../build.log 2>&1 || \
	    { tail -n 40 ../build.log; ! grep -q '^dpkg-gensymbols: error' ../build.log || echo "make deb: the library's" \
	      "symbols differ from debian/$(DEB_LIBPKG).symbols: make deb-symbols" >&2; \
	      echo "make deb: dpkg-buildpackage failed; log in $(DEB_DIR)/build.log" >&2; exit 1; }
	rm -f $(DEB_OUT)/*.deb && cp $(DEB_DIR)/*.deb $(DEB_OUT)/
	@ls -l $(DEB_OUT)/*.deb | awk '{print "make deb: " $$NF " (" $$5 " bytes)"}'

deb-test:
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory deb DEB_SYMBOLS_LEVEL=4 || exit 1; \
	echo "lintian $(DEB_DIR)/*.changes"; \
	lintian --fail-on error,warning --display-level '>=warning' $(DEB_DIR)/*.changes || { \
	    echo "make deb-test: lintian found errors or warnings" >&2; exit 1; }; \
	echo "lintian: no errors or warnings"; \
	sh tests/deb_test.sh $(DEB_OUT) $(DEB_LIBPKG) "$(CC)" || exit 1; \
	echo "make deb-test: ok in $$(( $$(date +%s) - start )) s"

deb-symbols: deb-tools $(SHARED)
	dpkg-gensymbols -c0 -q -v$(VERSION) -p$(DEB_LIBPKG) -e$(SHARED) -O$(BUILD)/$(DEB_LIBPKG).symbols
	{ head -n 1 $(BUILD)/$(DEB_LIBPKG).symbols; echo '* Build-Depends-Package: libgenaicost-dev'; \
	  sed 1d $(BUILD)/$(DEB_LIBPKG).symbols | grep -v '^\*'; } > debian/$(DEB_LIBPKG).symbols
	@echo "make deb-symbols: debian/$(DEB_LIBPKG).symbols, $$(grep -c '^ gac_' debian/$(DEB_LIBPKG).symbols) functions"
