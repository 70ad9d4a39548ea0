args: what-if examples/chatbot.yaml --set workloads.chat.requests_per_month=1M --format html
exit: 2
stdout-empty
stderr-has: genaicost: unknown format 'html' (table, json, csv, markdown)
stderr-has: Try 'genaicost what-if --help'.
