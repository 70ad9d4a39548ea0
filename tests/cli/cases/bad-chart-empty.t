args: sensitivity examples/chatbot.yaml --chart ''
exit: 2
stderr-has: --chart takes a file name ending .svg, .png or .pdf (got an empty one)
