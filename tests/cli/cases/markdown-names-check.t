# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), check's title, options and breakdown
before: $GENAICOST_BIN estimate tests/data/good/markdown-names.yaml --format json -o $GAC_TMP/base.json
args: check tests/data/good/markdown-names.yaml --baseline $GAC_TMP/base.json --explain --format markdown
exit: 0
stdout-has: ### ✅ genaicost check: odd\|name\*x\_y\`z — the 1 threshold holds
stdout-has: | lite\_\_plan\_b (added) |  | $5,040.00 | +$5,040.00 | new |
stdout-has: | my\_chat\_\_bot | anthropic.claude-instant-v1 | input tokens | $3,600.00 | $3,600.00 | $0.00 | 0.0% |
stdout-lacks: my_chat__bot
stdout-lacks: lite__plan_b
stdout-lacks: name*x
