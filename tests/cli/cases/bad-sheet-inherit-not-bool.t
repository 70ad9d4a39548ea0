args: validate tests/data/bad/sheet-inherit-not-bool.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-inherit-not-bool.yaml:13:38: inherit must be true or false
stdout-empty
