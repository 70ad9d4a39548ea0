args: estimate examples/mixed-deployment.yaml --set workloads.assistant.deployment.overflow=throttle --explain
exit: 0
stdout-has: = utilisation = max(29200000000 input tokens served (52560000000 − 0.4444444444444444 throttled share × 52560000000) ÷ (4 units × 1000000 tokens/min × 60 × 730 h), 7300000000 output tokens served (13140000000 − 0.4444444444444444 throttled share × 13140000000) ÷ (4 units × 200000 tokens/min × 60 × 730 h)) = 0.20833333333333334 (a lower bound: the overflow share is an upper bound, exact for a flat load)
stderr-empty
