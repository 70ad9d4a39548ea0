args: forecast tests/data/bad/forecast-reserved-meet.yaml --months 4
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/forecast-reserved-meet.yaml:18:24: month 3 (both): the reservation of m.tiers for 'chat' bought in month 1 holds to month 3, but another reservation of that size and term meets it this month
