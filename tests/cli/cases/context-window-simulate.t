args: simulate tests/data/bad/uncertain-past-window.yaml --trials 2000 --seed 1
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/uncertain-past-window.yaml:7:5: trial
stderr-has: above the context window of anthropic.claude-3-5-haiku-20241022-v1:0, 200000 tokens
stderr-has: (bound the uncertain inputs with min/max)
