# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), simulate's standard errors and --explain too
args: simulate tests/data/good/markdown-names.yaml --trials 200 --explain --format markdown
exit: 0
stdout-has: Standard errors (mean; P95): baseline $
stdout-has: , lite\_\_plan\_b $
stdout-has: - workloads\.my\_chat\_\_bot\.output\_tokens: normal, mean 400, sd 100;
stdout-has: - workloads\.my\_chat\_\_bot\.output\_tokens and workloads\.my\_chat\_\_bot\.input\_tokens: ρ 0.5
stdout-has: - lite\_\_plan\_b: mean = sum of the totals / 200 = $
stdout-lacks: my_chat__bot
stdout-lacks: lite__plan_b
