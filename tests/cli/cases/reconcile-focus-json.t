args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/focus-2026-10.csv --map pricing/aws-offer-map.yaml --format json
exit: 1
stdout-exact: reconcile-focus.json
stderr-empty
