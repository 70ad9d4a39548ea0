args: estimate examples/chatbot.yaml --format csv --period 2026-12
exit: 2
stdout-empty
stderr-has: --period applies to --format focus only
