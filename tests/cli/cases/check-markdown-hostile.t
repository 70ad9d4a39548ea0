args: check tests/data/hostile/scenario.yaml --baseline tests/data/hostile/baseline.json --format markdown
exit: 0
stdout-exact: check-hostile.md
stdout-lacks: <img
stdout-lacks: @someone
stdout-lacks: [link](http
stdout-lacks: [y](http
stdout-lacks: http:
stdout-lacks: ## All checks passed
