args: estimate tests/data/bad/control-escape.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/control-escape.yaml:2:7: a control character (U+001B) in the text: control characters are refused, written or as an escape
stdout-empty
