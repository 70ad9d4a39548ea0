args: estimate tests/data/bad/auto-no-capacity.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/auto-no-capacity.yaml:13:16: model_units: auto needs the tokens per minute one model unit of anthropic.claude-instant-v1 serves
stdout-empty
