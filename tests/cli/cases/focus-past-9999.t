args: estimate examples/chatbot.yaml --format focus --period 9999-11 --months 2
exit: 2
stdout-empty
stderr-has: --period 9999-11 with --months 2 runs past 9999-12
