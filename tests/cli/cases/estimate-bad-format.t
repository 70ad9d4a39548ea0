args: estimate examples/chatbot.yaml --format xml
exit: 2
stderr-has: unknown format 'xml'
