args: models --pricing tests/data/good/retired-sheet.yaml --vendor acme --region us-east-1 --format json
exit: 0
stdout-has: "id": "m.current"
stdout-lacks: "id": "m.old"
