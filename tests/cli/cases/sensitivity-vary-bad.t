args: sensitivity examples/chatbot.yaml --vary workloads.nope.input_tokens
exit: 2
stdout-empty
stderr-has: genaicost: --vary workloads.nope.input_tokens: not a numeric parameter of the scenario (see 'genaicost params')
