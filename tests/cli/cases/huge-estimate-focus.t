args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests 1e300 --input-tokens 1e5 --output-tokens 0 --format focus --months 600
exit: 0
stdout-has: ,USD,3e+299,3e+299,3e+299,3e+299,0.003,0.003,1e+302,1K tokens,
stdout-lacks: inf
stdout-lacks: nan
