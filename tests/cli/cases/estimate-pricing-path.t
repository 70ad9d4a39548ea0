args: estimate --pricing tests/data/good/mini-sheet.yaml --model m.text --region us-west-2 --requests 1000 --input-tokens 1000 --output-tokens 1000 --format csv
exit: 0
stdout-has: output tokens,1,1M tokens,18,18
stdout-has: Total,,,,,,21.3
