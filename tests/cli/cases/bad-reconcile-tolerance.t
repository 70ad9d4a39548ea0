args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/cur-2026.csv --tolerance -1%
exit: 2
stderr-has: --tolerance '-1%' is not a share of at least 0
