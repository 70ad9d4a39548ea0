args: estimate examples/usage/calibrated.yaml
exit: 0
stdout-has: Total                                                                                                                                    $4.78
after: $GENAICOST_BIN forecast examples/usage/calibrated.yaml --months 12 | grep -q "^2027-04  baseline"
after: $GENAICOST_BIN simulate examples/usage/calibrated.yaml --trials 500 | grep -q "workloads.us-claude-haiku-4-5-20251001-v1-0.requests_per_month"
