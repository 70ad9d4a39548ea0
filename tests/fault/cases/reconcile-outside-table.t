# the table of lines outside the comparison failing to grow: reconcile left it out of the report, exit 1
args: reconcile examples/chatbot.yaml --bill tests/data/usage/cur-2026.csv.gz --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=gac_table_row:5
exit: 4
stdout-empty
stderr-has: failed in gac_table_row
stderr-has: genaicost: out of memory
