args: estimate examples/multi-region-assistant.yaml --set deployment.model_units=1 --set workloads.assistant.requests_per_month=50M
exit: 0
stdout-has: anthropic.claude-instant-v1 for assistant: 1 model unit billed, 4 needed at peak: TOO FEW (needs 4 units), peak requests will be throttled
stderr-empty
