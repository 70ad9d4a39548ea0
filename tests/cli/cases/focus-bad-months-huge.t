args: estimate examples/chatbot.yaml --format focus --period 2026-12 --months 1000000
exit: 2
stdout-empty
stderr-has: --months takes a whole number from 1 to 600 (got '1000000')
