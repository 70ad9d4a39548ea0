args: validate examples/chatbot.yaml tests/data/bad/unknown-key.yaml tests/data/no-such.yaml
exit: 4
stdout-has: examples/chatbot.yaml: ok
stderr-has: unknown-key.yaml:9:5:
stderr-has: no-such.yaml: cannot open
