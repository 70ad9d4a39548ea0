args: estimate examples/chatbot.yaml -o /dev/full
exit: 4
stderr-has: genaicost: /dev/full: cannot write: No space left on device
stdout-empty
after: test -c /dev/full
