args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/us-east-1.json tests/data/offers/eu-west-1.json --merge tests/data/offers/hand-sheet.yaml -o $GAC_TMP/merged.yaml
exit: 0
stdout-empty
stderr-has: import-prices: 2 offer files, 6 model entries written, merged into tests/data/offers/hand-sheet.yaml
stderr-has: moved      anthropic.claude-3-haiku-20240307-v1:0 us-east-1 input: 0.0003 -> 0.00025 (-16.67%)
stderr-has: new price  anthropic.claude-3-haiku-20240307-v1:0 eu-west-1 output: 0.0015
stderr-has: added      anthropic.claude-sonnet-4-5-20250929-v1:0
after: grep -q 'id: "cohere.command-text-v14"' "$GAC_TMP/merged.yaml" && grep -q '^# A hand-sourced sheet' "$GAC_TMP/merged.yaml"
after: "$GENAICOST_BIN" validate "$GAC_TMP/merged.yaml" | grep -q "ok: price sheet hand, as of 2026-11-20, 6 models"
