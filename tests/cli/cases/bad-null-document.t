args: validate tests/data/bad/null-document.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/null-document.yaml:2:1: not a genaicost file
stdout-empty
