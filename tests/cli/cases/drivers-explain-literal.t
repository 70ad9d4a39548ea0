# estimate --explain, "Drivers and computed inputs": a constant written
# otherwise than its value ("= 5k", "= 1e3", "= (5000)") prints its value
# (it printed no value line: the reader never saw 5000); one written as
# its value ("= 6") nothing more; a negation of a negation keeps its
# brackets ("= -(-5)" printed "= −−5 = 5").  5000 + 1000 + 5000 + 5 + 6 =
# 11,011 requests
before: printf 'genaicost: scenario/1\nname: lit\npricing: aws-bedrock\nregion: us-east-1\ndrivers:\n  a: "= 5k"\n  b: "= 1e3"\n  c: "= (5000)"\n  d: "= -(-5)"\n  f: "= 6"\n  i: "= -(-a) * 0 + 1"\nworkloads:\n  - name: chat\n    model: amazon.nova-pro-v1:0\n    requests_per_month: "= a + b + c + d + f"\n    input_tokens: 100\n    output_tokens: 10\n' > "$GAC_TMP/l.yaml"
args: estimate "$GAC_TMP/l.yaml" --explain
exit: 0
stdout-has:   a = 5k
stdout-has:       = 5000
stdout-has:   b = 1e3
stdout-has:       = 1000
stdout-has:   c = (5000)
stdout-has:   d = -(-5)
stdout-has:       = −(−5) = 5
stdout-has:       = −(−5000) × 0 + 1 = 1
stdout-has:       = 5000 + 1000 + 5000 + 5 + 6 = 11011
stdout-lacks: −−
after: grep -A1 '^  f = 6$' "$OUT" | tail -1 | grep -q '^  i = '
after: grep -A1 '^  c = (5000)$' "$OUT" | tail -1 | grep -qx '      = 5000'
stderr-empty
