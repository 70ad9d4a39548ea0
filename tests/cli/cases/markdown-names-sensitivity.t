# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), sensitivity's --explain too
args: sensitivity tests/data/good/markdown-names.yaml --explain --format markdown
exit: 0
stdout-has: | workloads.my\_chat\_\_bot.requests\_per\_month | 3,000,000 |
stdout-has: - workloads\.my\_chat\_\_bot\.requests\_per\_month = 3000000: low 2400000
stdout-lacks: my_chat__bot
