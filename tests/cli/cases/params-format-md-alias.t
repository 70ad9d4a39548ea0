args: params examples/chatbot.yaml --format md
exit: 2
stdout-empty
stderr-has: genaicost: params has no --format markdown (its formats: table, json)
