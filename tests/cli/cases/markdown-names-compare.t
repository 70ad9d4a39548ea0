# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), compare's cheapest line too
args: compare tests/data/good/markdown-names.yaml --format markdown
exit: 0
stdout-has: ### genaicost compare: odd\|name\*x\_y\`z
stdout-has: Cheapest: lite\_\_plan\_b at $5,040.00, $1,440.00 (22.2%) less than the baseline.
stdout-lacks: lite__plan_b
