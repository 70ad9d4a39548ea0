#!/bin/sh
# Write a hostile input too big to keep in the repository into $GAC_TMP
# and print its path, for CLI cases: args: validate "$(sh tests/cli/hostile.sh NAME)"
set -eu
f=${GAC_TMP:-/tmp}/$1
case $1 in
huge-scalar.yaml)   # one plain scalar of 70,000 bytes: over the 64 KiB scalar limit
	{ printf 'genaicost: scenario/1\nname: '; head -c 70000 /dev/zero | tr '\0' x; echo; } > "$f" ;;
long-key.yaml)      # an unknown key of 1,000 bytes: the message must stay one bounded line
	{ printf 'genaicost: scenario/1\n'; head -c 1000 /dev/zero | tr "\\0" k; printf ": 1\n"; } > "$f" ;;
longer-key.yaml)    # a key of 10,000 bytes: past the 1024 characters YAML allows an implicit key
	{ printf "genaicost: scenario/1\n"; head -c 10000 /dev/zero | tr "\\0" k; printf ": 1\n"; } > "$f" ;;
wide-map.yaml)      # 50,000 keys in one mapping: duplicate checks must not be quadratic
	{ printf 'genaicost: scenario/1\nname: wide\nx:\n'; seq 1 50000 | sed 's/^/  k/; s/$/: 1/'; } > "$f" ;;
wide-dup.yaml)      # the same with one repeated key at the end
	{ printf 'genaicost: scenario/1\nname: wide\nx:\n'; seq 1 50000 | sed 's/^/  k/; s/$/: 1/'; echo '  k7: 2'; } > "$f" ;;
big.yaml | big.json) # 17 MiB (sparse): over the 16 MiB file limit
	rm -f "$f"; dd if=/dev/zero of="$f" bs=1 count=0 seek=17825792 2>/dev/null ;;
*) echo "hostile.sh: unknown input '$1'" >&2; exit 2 ;;
esac
printf '%s\n' "$f"
