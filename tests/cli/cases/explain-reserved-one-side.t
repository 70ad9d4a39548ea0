args: estimate tests/data/good/reserved-one-side.yaml --explain
exit: 0
stdout-has: 800,000 input and 80,000 output tokens/min reserved (Reserved tier)
stdout-has: reserved = max(10000 minimum, ceil(100000 peak output tokens/min × 800000 input tokens/min reserved ÷ 1000000 peak input tokens/min = 80000 ÷ 1000) × 1000) = 80000 output tokens/min (auto: the share of the peak the input reservation carries)
stdout-has: Total                                                                                        $48,264.00
