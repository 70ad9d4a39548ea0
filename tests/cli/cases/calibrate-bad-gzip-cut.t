# a gzip log cut short is invalid input (exit 3) at the line being read,
# column 1, and no scenario is written
before: head -c 300 tests/data/usage/invocations-mar-apr.jsonl.gz > $GAC_TMP/cut.jsonl.gz
args: calibrate $GAC_TMP/cut.jsonl.gz -o $GAC_TMP/never.yaml
exit: 3
stderr-has: not a whole gzip stream: unexpected end of file (the file is corrupt or cut short)
after: test ! -e $GAC_TMP/never.yaml
