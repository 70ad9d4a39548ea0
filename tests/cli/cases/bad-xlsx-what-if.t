args: what-if examples/chatbot.yaml --set workloads.chat.input_tokens=10 --format xlsx
exit: 2
stdout-empty
stderr-has: genaicost: --format xlsx: what-if cannot write a workbook (estimate, compare and forecast can); use table, json, csv or markdown
