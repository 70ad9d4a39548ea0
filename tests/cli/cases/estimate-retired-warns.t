args: estimate --pricing tests/data/good/retired-sheet.yaml --model m.old --requests 1M --input-tokens 1000 --output-tokens 100 --format json
exit: 0
stderr-has: genaicost: warning: m.old was retired on 2026-01-15 (AWS end of life); priced at the sheet's last prices
stdout-has: "warnings": [
stdout-has: "m.old was retired on 2026-01-15 (AWS end of life); priced at the sheet's last prices"
stdout-has: "total": 375.0
