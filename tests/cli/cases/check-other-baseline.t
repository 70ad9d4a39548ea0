args: check examples/chatbot.yaml --baseline tests/data/ci/baseline-2025.json --max-increase 10%
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/ci/baseline-2025.json:4:13: the baseline is of scenario 'gate', not of 'support-chatbot' checked against it: an increase over another scenario's costs measures nothing
stderr-has: genaicost: give --allow-other-baseline to measure against it anyway
