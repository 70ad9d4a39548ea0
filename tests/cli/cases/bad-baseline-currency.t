args: diff tests/data/bad/baseline-currency-markup.json tests/data/ci/gate.yaml --format markdown
exit: 3
stdout-empty
stderr-has: baseline-currency-markup.json:13:15: currency: is no currency code (three capital letters, such as USD)
