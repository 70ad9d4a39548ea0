args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-hostile-inputs.json --format markdown
exit: 1
stdout-has: - Changed inputs:
stdout-has:   - `workloads.chat.model` \<img src=x onerror=alert(1)\> \*m.big\*\n## merged -> m.big
stdout-has:   - `pricing` sheet\_2025 \[prices\](https://example.com)\x1B\[2J -> sheet-2026.yaml
stdout-lacks:  <img
after: ! grep -q '^## merged' "$OUT" && ! grep -q "$(printf '\033')" "$OUT"
