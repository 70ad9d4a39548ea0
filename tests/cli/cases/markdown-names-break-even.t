# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), break-even's heading and verdict
args: break-even tests/data/good/markdown-names.yaml --vary workloads.my_chat__bot.requests_per_month --between baseline --and lite__plan_b --explain --format markdown
exit: 0
stdout-has: ### Break-even: workloads\.my\_chat\_\_bot\.requests\_per\_month, baseline against lite\_\_plan\_b
stdout-has: No break-even in this range: lite\_\_plan\_b is cheaper throughout
stdout-lacks: my_chat__bot
stdout-lacks: lite__plan_b
