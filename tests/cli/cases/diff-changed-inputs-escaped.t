args: diff tests/data/ci/baseline-hostile-markup.json tests/data/ci/gate.yaml
exit: 0
stdout-has:   workloads.chat.model  <img src=x onerror=alert(1)> *m.big* ## merged -> m.big
stdout-has:   pricing               sheet_2025 [prices](https://example.com) @someone -> sheet-2026.yaml
