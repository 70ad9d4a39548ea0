args: forecast tests/data/good/forecast-reserved.yaml --months 5 --explain
exit: 0
stdout-has: Reservations (Reserved tier): bought at the first month their workloads run reserved
stdout-has:   month 1 purchase (baseline): 1000000 input + 100000 output tokens/min of m.tiers (chat), $37,500.00 a month × 3 months (months 1 to 3) = $112,500.00
stdout-has:   month 4 renewal (baseline): 1954000 input + 196000 output tokens/min of m.tiers (chat), $73,350.00 a month × 3 months (months 4 to 6) = $220,050.00
stdout-has: overflow at the Standard tier: month 2 $15,330.00, month 3 $34,492.50, month 5 $29,887.75
stdout-has: owed after month 5 = the sum over purchases running past it of their months left × their monthly cost = 1 × $73,350.00 = $73,350.00
stdout-lacks: Committed units
