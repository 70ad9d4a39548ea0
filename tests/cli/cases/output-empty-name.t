args: estimate examples/chatbot.yaml -o ''
exit: 2
stderr-has: genaicost: -o takes a file name, or - for standard output (got '')
stdout-empty
