env: TMPDIR=$GAC_TMP/no-such-tmp
bare
before: echo old > $GAC_TMP/xlsx-keep.xlsx
args: estimate examples/chatbot.yaml --format xlsx -o $GAC_TMP/xlsx-keep.xlsx
exit: 4
stderr-has: cannot create a temporary directory for the workbook: No such file or directory (set TMPDIR)
after: test "$(cat $GAC_TMP/xlsx-keep.xlsx)" = old
