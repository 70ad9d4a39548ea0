args: diff tests/data/ci/baseline-hostile-markup.json tests/data/ci/gate.yaml --format markdown
exit: 0
stdout-has:   - `workloads.chat.model` &lt;img src=x onerror=alert\(1\)&gt; \*m\.big\* \#\# merged -> m\.big
stdout-has:   - `pricing` sheet\_2025 \[prices\]\(https&#58;//example\.com\) @&#8203;someone -> sheet\-2026\.yaml
stdout-has:   - `pricing.as_of` 2025\-06\-01 -> 2026\-06\-01
stdout-lacks: <img
stdout-lacks: https:
