# A 1-month commitment held for 1 month: "for 1 month", "× 1 month
# (month 1)", not "1 months (months 1 to 1)"; $28,908.00 = 730 h × $39.60
before: sed 's/deployment.commitment: 6-month}/deployment.commitment: 1-month}/; s/months: 12}/months: 1}/' examples/growing-provisioned.yaml > "$GAC_TMP/g1.yaml"
args: forecast "$GAC_TMP/g1.yaml" --months 3 --explain
exit: 0
stdout-has: from month 1 the deployment runs as pt-6-month for 1 month (its term, billed whole)
stdout-has: 1 unit, $28,908.00 a month × 1 month (month 1) = $28,908.00
stdout-lacks: 1 months
stderr-empty
