args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/bad-cur-missing-column.csv
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/usage/bad-cur-missing-column.csv:1:1: a CUR 2.0 export needs column 'line_item_unblended_cost'
