args: models --pricing tests/data/bad/sheet-currency-markup.yaml
exit: 3
stdout-empty
stderr-has: tests/data/bad/sheet-currency-markup.yaml:3:11: currency 'EUR<details><summary>All checks passed</summary>' is no currency code: three capital letters, such as USD
