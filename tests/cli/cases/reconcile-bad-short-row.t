# a bill row cut short would price its amounts as 0: refused at its line
args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/bad-cur-short-row.csv
exit: 3
stderr-has: bad-cur-short-row.csv:3:130: this row has 8 fields, the header 16
stdout-empty
