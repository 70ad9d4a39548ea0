args: compare examples/chatbot.yaml --output=
exit: 2
stderr-has: genaicost: --output takes a file name, or - for standard output (got '')
stdout-empty
