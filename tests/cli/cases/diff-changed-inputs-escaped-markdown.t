args: diff tests/data/ci/baseline-hostile-inputs.json tests/data/ci/gate.yaml --format markdown
exit: 0
stdout-has:   - `workloads.chat.model` \<img src=x onerror=alert(1)\> \*m.big\*\n## merged -> m.big
stdout-has:   - `pricing` sheet\_2025 \[prices\](https://example.com)\x1B\[2J -> sheet-2026.yaml
stdout-has:   - `pricing.as_of` 2025-06-01 -> 2026-06-01
stdout-lacks:  <img
after: ! grep -q '^## merged' "$OUT" && ! grep -q "$(printf '\033')" "$OUT"
