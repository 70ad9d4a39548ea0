# FOCUS: an empty BilledCost on a Bedrock usage row is refused, not billed $0
args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/bad-focus-empty-cost.csv
exit: 3
stderr-has: bad-focus-empty-cost.csv:2:154: column 'BilledCost' is empty
