# the forecast's own record failing to allocate: gac_forecast_run went on to
# set its seasonality through the NULL pointer (segmentation fault)
args: forecast examples/growing-provisioned.yaml --months 4 --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=gac_forecast_run:0
exit: 4
stdout-empty
stderr-has: gac-fault: allocation
stderr-has: failed in gac_forecast_run
stderr-has: out of memory
