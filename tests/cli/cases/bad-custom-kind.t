args: estimate tests/data/bad/custom-bad-kind.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/custom-bad-kind.yaml:10:11: customizations.tuned.kind must be one of fine-tune, continued-pretraining, import, from-scratch, distillation (got 'fine-tuning')
