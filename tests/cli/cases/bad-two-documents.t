args: estimate tests/data/bad/two-documents.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/two-documents.yaml:4:1: more than one YAML document in the file
stdout-empty
