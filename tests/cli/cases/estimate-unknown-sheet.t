args: estimate examples/chatbot.yaml --pricing no-such-sheet
exit: 4
stderr-has: genaicost: no price sheet named 'no-such-sheet'
