args: params examples/chatbot.yaml --format markdown
exit: 2
stdout-empty
stderr-has: genaicost: params has no --format markdown (its formats: table, json)
stderr-has: Try 'genaicost params --help'.
