args: estimate tests/data/bad/tab-indent.yaml -o $GAC_TMP/kept.txt
exit: 3
stderr-has: tab-indent.yaml:6:1: found a tab character
stdout-empty
before: printf 'the report of yesterday\n' > "$GAC_TMP/kept.txt"
after: test "$(cat "$GAC_TMP/kept.txt")" = "the report of yesterday" && ! ls "$GAC_TMP"/kept.txt.tmp* 2>/dev/null
