args: estimate tests/data/access/pricing-outside.yaml
exit: 3
stderr-has: genaicost: tests/data/access/pricing-outside.yaml:3:10: pricing: '/etc/passwd' is outside the scenario's directory: a scenario may name files only there or in the bundled sheets (allow a directory with --allow-path DIR or GENAICOST_ALLOW_PATH)
stderr-lacks: root:x
stdout-empty
