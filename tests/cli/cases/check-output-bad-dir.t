args: check examples/chatbot.yaml --budget 1M -o /nonexistent-dir/gate.md --format markdown
exit: 4
stderr-has: genaicost: /nonexistent-dir/gate.md: cannot create
stdout-empty
