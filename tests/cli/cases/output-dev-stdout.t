args: estimate examples/chatbot.yaml -o /dev/stdout
exit: 0
stdout-has: Estimate: support-chatbot
after: test -c /dev/null
