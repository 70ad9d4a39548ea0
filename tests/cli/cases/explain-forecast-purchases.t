args: forecast examples/growing-provisioned.yaml --months 12 --set deployment.model_units=auto --explain
exit: 0
stdout-has:   month 4 extra purchase (pt-6-month, anthropic.claude-instant-v1): needs 2 − 1 in force = +1 unit, $16,060.00 a month × 6 months (months 4 to 9) = $96,360.00
stdout-has:   month 7 renewal (pt-6-month, anthropic.claude-instant-v1): needs 2 − 1 in force = 1 unit, $16,060.00 a month × 6 months (months 7 to 12) = $96,360.00
stdout-has: owed after month 12 = the sum over purchases running past it of their months left × their monthly cost = 3 × $16,060.00 + 4 × $16,060.00 = $112,420.00
