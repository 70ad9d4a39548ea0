# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), what-if's sweep --explain too
args: what-if tests/data/good/markdown-names.yaml --sweep workloads.my_chat__bot.output_tokens=100:400:4 --sweep workloads.my_chat__bot.input_tokens=100:400:3 --explain --format markdown
exit: 0
stdout-has: - workloads\.my\_chat\_\_bot\.output\_tokens, point i = 0..3: LO + i × (HI - LO) / (STEPS - 1) = 100 + i × 100
stdout-has: - a grid: every point of workloads\.my\_chat\_\_bot\.output\_tokens with every point of workloads\.my\_chat\_\_bot\.input\_tokens, the second
stdout-has: - lite\_\_plan\_b: $960.00 at the first point (100), $3,840.00 at the last (400)
stdout-lacks: my_chat__bot
stdout-lacks: lite__plan_b
