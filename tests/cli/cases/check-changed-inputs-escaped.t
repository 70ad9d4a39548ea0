args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-hostile-markup.json --format markdown
exit: 1
stdout-has: - Changed inputs:
stdout-has:   - `workloads.chat.model` &lt;img src=x onerror=alert\(1\)&gt; \*m\.big\* \#\# merged -> m\.big
stdout-has:   - `pricing` sheet\_2025 \[prices\]\(https&#58;//example\.com\) @&#8203;someone -> sheet\-2026\.yaml
stdout-lacks: <img
stdout-lacks: https:
stdout-lacks:  @someone
