args: break-even --model anthropic.claude-instant-v1 --commitment 6-month
exit: 3
stdout-empty
stderr-has: genaicost: workload 'default' does not say its input_tokens: anthropic.claude-instant-v1 is a text model
stderr-has: the quick form takes them as --input-tokens N and --output-tokens N
