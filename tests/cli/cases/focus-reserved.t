args: estimate tests/data/good/reserved.yaml --format focus
exit: 0
stdout-has: m.tiers: Reserved tier input (3-month) (commitment used),Committed,Reserved Tier,Used,Usage,genaicost:reserved-tier:us-east-1:m.tiers:3-month,"Reserved Tier, 3-month commitment, m.tiers"
stdout-has: m.tiers: Reserved tier output (3-month) (commitment used),Committed,Reserved Tier,Used
