args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/cur-2026.csv
exit: 0
stdout-exact: reconcile-cur.txt
stderr-empty
