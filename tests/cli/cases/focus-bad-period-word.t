args: estimate examples/chatbot.yaml --format focus --period soon
exit: 2
stdout-empty
stderr-has: --period takes a month as YYYY-MM, e.g. 2026-12 (got 'soon')
