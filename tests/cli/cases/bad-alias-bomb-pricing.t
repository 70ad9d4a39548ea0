args: estimate examples/chatbot.yaml --pricing tests/data/bad/alias-bomb.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/alias-bomb.yaml:5:4: document expands to more than 1000000 nodes
stdout-empty
