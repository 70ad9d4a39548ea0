# Markdown: names with | * _ ` escaped as every Markdown report escapes them (gac_md_text), estimate's title and table
args: estimate tests/data/good/markdown-names.yaml --explain --format markdown
exit: 0
stdout-has: ### genaicost estimate: odd\|name\*x\_y\`z
stdout-has: | my\_chat\_\_bot | anthropic.claude-instant-v1 | input tokens |
stdout-lacks: my_chat__bot
stdout-lacks: name*x
