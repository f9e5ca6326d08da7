# .ci/lib-tree.sh: shared by .ci/analyse.sh and .ci/valgrind.sh (sourced).
# ci_apt PKG...: install the build dependencies (the README's test command)
# and PKG...; ci_copy DIR: a private copy of the source tree, with the
# working tree's uncommitted edits, so a build there leaves this one alone.
export DEBIAN_FRONTEND=noninteractive

ci_apt() {
	pkgs=$(awk '/^Run the whole test suite/ {f=1}
	    f && /apt-get install/ {sub(/.*apt-get install -y /, ""); sub(/ &&.*/, ""); print; exit}' README)
	[ -n "$pkgs" ] || { echo "no package list in README" >&2; return 1; }
	# shellcheck disable=SC2086 # one word per package
	apt-get install -y -qq $pkgs "$@" </dev/null >/tmp/tidings-ci-apt.log 2>&1 ||
	{ apt-get update -qq </dev/null >/dev/null 2>&1 &&
	  apt-get install -y -qq $pkgs "$@" </dev/null >/tmp/tidings-ci-apt.log 2>&1; } ||
	{ tail -20 /tmp/tidings-ci-apt.log >&2; return 1; }
}

ci_copy() {
	rm -rf "$1" && mkdir -p "$1" || return 1
	if git rev-parse --git-dir >/dev/null 2>&1; then
		git ls-files -z -c -o --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null |
		    tar -xf - -C "$1"
	else
		tar --exclude=./.git -cf - . | tar -xf - -C "$1"
	fi
}
