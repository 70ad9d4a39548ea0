args: what-if examples/chatbot.yaml --set workloads.chat.requests_per_month=1M --format docx
exit: 2
stdout-empty
stderr-has: genaicost: unknown format 'docx' (table, json, csv, markdown, html)
stderr-has: Try 'genaicost what-if --help'.
