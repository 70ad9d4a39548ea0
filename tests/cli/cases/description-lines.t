args: validate tests/data/good/description-lines.yaml
exit: 0
