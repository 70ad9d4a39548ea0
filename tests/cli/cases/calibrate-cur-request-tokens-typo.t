# a per-model request rule for a model the bill has no token lines of (a
# typo) is refused with the nearest billed model, not silently replaced
# by the default rule (Embed would have been counted at 1,000 tokens a
# request: 1.8M requests a month instead of 3.6M)
args: calibrate examples/usage/finance-cur-2026-q3.csv --from cur --request-tokens 1000 --request-tokens cohere.embed-englsh-v3=500 -o $GAC_TMP/z.yaml
exit: 3
stderr-has: genaicost: examples/usage/finance-cur-2026-q3.csv: --request-tokens cohere.embed-englsh-v3=...: the bill has no token lines of 'cohere.embed-englsh-v3' (did you mean 'cohere.embed-english-v3'?)
stdout-empty
after: test ! -e "$GAC_TMP/z.yaml"
