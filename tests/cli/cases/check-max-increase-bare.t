args: check examples/chatbot.yaml --baseline examples/ci/chatbot.baseline.json --max-increase 10
exit: 2
stdout-empty
stderr-has: genaicost: --max-increase takes a share such as 10% or an amount such as $500 (got '10')
