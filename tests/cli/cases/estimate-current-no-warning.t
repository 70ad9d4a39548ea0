args: estimate --pricing tests/data/good/retired-sheet.yaml --model m.current --requests 1M --input-tokens 1000 --output-tokens 100 --format json
exit: 0
stderr-empty
stdout-lacks: "warnings"
stdout-has: "total": 1500.0
