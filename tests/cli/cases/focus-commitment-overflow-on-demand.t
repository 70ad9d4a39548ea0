args: estimate examples/mixed-deployment.yaml --format focus --period 2026-12
exit: 0
stdout-has: ,13383.333333333334,13383.333333333334,13383.333333333334,13383.333333333334,22,22,608.3333333333334,model-unit hour,608.3333333333334,model-unit hour,Usage,,Recurring,Claude Instant: provisioned throughput (commitment used),Committed,Provisioned Throughput,Used,
stdout-has: ,50856.666666666664,50856.666666666664,50856.666666666664,50856.666666666664,22,22,2311.6666666666665,model-unit hour,,,Usage,,Recurring,Claude Instant: provisioned throughput (commitment unused),Committed,Provisioned Throughput,Unused,
stdout-lacks: ,24090,
