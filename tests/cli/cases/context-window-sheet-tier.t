args: validate tests/data/bad/sheet-tier-past-window.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-tier-past-window.yaml:13:21: model 'm.small': the long_context tier starts at 200000 input tokens, but the context window holds 200000 tokens in all: no request reaches the tier
