args: estimate examples/multi-region-assistant.yaml --explain
exit: 0
stdout-has: = sum of the line costs above, unrounded: 16064 USD
stdout-has: = total billed + expected outage cost, unrounded: 16520.240875000207 USD
stdout-has: = 0.09124817500004156 downtime hours × 5000 USD = 456.24087500020784 USD
