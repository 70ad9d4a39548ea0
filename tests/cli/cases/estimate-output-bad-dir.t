args: estimate examples/chatbot.yaml -o /nonexistent-dir/report.json
exit: 4
stderr-has: genaicost: /nonexistent-dir/report.json: cannot create
stdout-empty
