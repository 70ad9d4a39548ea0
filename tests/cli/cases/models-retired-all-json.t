args: models --pricing tests/data/good/retired-sheet.yaml --all --format json
exit: 0
stdout-has: "retired": "2026-01-15"
stdout-has: "retired": null
stderr-empty
