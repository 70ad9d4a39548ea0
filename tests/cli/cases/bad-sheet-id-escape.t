args: validate tests/data/bad/sheet-id-escape.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-id-escape.yaml:7:9: a control character (U+001B) in the text
