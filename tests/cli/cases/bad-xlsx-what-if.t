args: what-if examples/chatbot.yaml --set workloads.chat.input_tokens=10 --format xlsx
exit: 2
stdout-empty
stderr-has: genaicost: what-if has no --format xlsx (its formats: table, json, csv, markdown, html)
