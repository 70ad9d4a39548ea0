args: compare tests/data/good/retired-compare.yaml --format json
exit: 0
stderr-has: genaicost: warning: m.old was retired on 2026-01-15 (AWS end of life); priced at the sheet's last prices
stdout-has: "warnings": [
stdout-has: "cheapest": "old"
