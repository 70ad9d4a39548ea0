args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/bad-focus-mixed-currency.csv
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/usage/bad-focus-mixed-currency.csv:4:14: a second currency: EUR here, USD on line 2; one bill, one currency
