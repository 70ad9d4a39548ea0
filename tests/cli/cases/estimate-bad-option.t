args: estimate examples/chatbot.yaml --frobnicate
exit: 2
stderr-has: unknown option '--frobnicate'
stderr-has: Try 'genaicost estimate --help'.
