args: estimate examples/multi-region-assistant.yaml --format json -o $GAC_TMP/topology.json
exit: 0
stdout-empty
after: grep -q '"availability": 0.99987500249999994' "$GAC_TMP/topology.json"
