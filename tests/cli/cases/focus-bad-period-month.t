args: estimate examples/chatbot.yaml --format focus --period 2026-13
exit: 2
stdout-empty
stderr-has: --period takes a month as YYYY-MM, e.g. 2026-12 (got '2026-13')
