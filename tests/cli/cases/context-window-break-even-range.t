args: break-even tests/data/good/break-even-tokens.yaml --vary workloads.chat.input_tokens --between baseline --and haiku
exit: 0
stdout-has: Searched 0.00 to 198,500.00.
stdout-has: $164,800.00 at 198,500.00
