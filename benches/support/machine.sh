# The processor a figure was taken on, for the scripts that print one (benches/compare.sh,
# benches/calibrated.sh). Sourced, not run.
#
# The virtual machines of docs/performance.md name their processor only "AMD EPYC", but
# they land on hosts of different generations, and the same build's check runs at very
# different speeds on them (docs/performance.md, stop 35). The family, model and cache
# sizes tell the hosts apart, so that a figure is compared only with figures taken on the
# same kind of host.

# Prints one line: the model name, family/model/stepping and the cache sizes.
describe_cpu() {
  lscpu | awk -F': *' '
    /^Model name:/ && !name { name = $2 }
    /^CPU family:/ { family = $2 }
    /^Model:/ { model = $2 }
    /^Stepping:/ { stepping = $2 }
    /^L2 cache:/ { l2 = $2 }
    /^L3 cache:/ { l3 = $2 }
    END {
      printf "%s (family %s, model %s, stepping %s; L2 %s, L3 %s)\n",
        name, family, model, stepping, l2, l3
    }'
}
