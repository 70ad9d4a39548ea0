env: TMPDIR=$GAC_TMP/xlsx-tmp
before: mkdir -p $GAC_TMP/xlsx-tmp
args: estimate examples/chatbot.yaml --format xlsx -o $GAC_TMP/no-such-dir/x.xlsx
exit: 4
stdout-empty
stderr-has: no-such-dir/x.xlsx: cannot create: No such file or directory
after: test -z "$(ls -A $GAC_TMP/xlsx-tmp)" && test ! -e $GAC_TMP/no-such-dir
