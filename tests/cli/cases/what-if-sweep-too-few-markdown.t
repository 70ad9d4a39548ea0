# the Markdown table says it as the text one: the cell, then the note
args: what-if examples/learn/provisioned-break-even.yaml --sweep workloads.assistant.requests_per_month=10M:50M:5 --format markdown
exit: 0
stdout-exact: sweep-too-few.md
stdout-has: | $28,908.00 TOO FEW (needs 2 units) |
