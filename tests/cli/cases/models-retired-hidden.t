args: models --pricing tests/data/good/retired-sheet.yaml
exit: 0
stdout-has: m.current
stdout-lacks: m.old
stdout-lacks: Retired
stdout-has: 1 model. Token prices
stdout-has: 1 retired model not shown (--all lists them).
stderr-empty
