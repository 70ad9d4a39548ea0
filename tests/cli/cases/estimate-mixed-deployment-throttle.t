args: estimate examples/mixed-deployment.yaml --set workloads.assistant.deployment.overflow=throttle
exit: 0
stdout-has: $64,337.33
stdout-has: 4 model units billed, 8 needed at peak: TOO FEW (needs 8 units), peak requests will be throttled
stdout-has: overflow 44.4% of the tokens (29,200,000,000), throttled: not served, not priced
stdout-lacks: overflow input tokens (on demand)
stdout-has: utilisation at least 20.8% (the overflow share is an upper bound, exact for a flat load); 36,500,000,000 tokens served a month (29,200,000,000 throttled, not served) at $1.76 per 1M tokens
stdout-lacks: 65,700,000,000 tokens a month
