args: validate tests/data/bad/sheet-name-newline.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-name-newline.yaml:2:7: name is one line of text: a line break (U+000A) is refused
