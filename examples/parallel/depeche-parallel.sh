#!/bin/sh
# Run `depeche batch` over many crawl files with GNU parallel: one file per job,
# one core per job, a job log so that a rerun resumes where it stopped.
#
#   examples/parallel/depeche-parallel.sh OUT_DIR JOBLOG < paths.txt
#   ls crawl/*.wet.gz | examples/parallel/depeche-parallel.sh out/ out/joblog
#
# Environment:
#   DEPECHE     the command (default: depeche), e.g. "node dist/cli/index.js"
#   JOBS        jobs per machine (default: one per core)
#   SSHLOGIN    machines to spread the jobs over, e.g. "2/host1,2/host2,:" (":" is
#               this machine); each needs depeche installed and the inputs and
#               OUT_DIR at the same paths (a shared file system)
#   BATCH_ARGS  more options for depeche batch, e.g. "--lang fr,ar --only article"
#
# --joblog + --resume-failed: a rerun skips jobs that succeeded and runs again the
# ones that failed (depeche batch exits 1 on a bad input). Inside each job,
# --out-dir writes under a temporary name and renames when complete.
set -eu
out_dir=${1:?usage: depeche-parallel.sh OUT_DIR JOBLOG < paths}
joblog=${2:?usage: depeche-parallel.sh OUT_DIR JOBLOG < paths}
mkdir -p "$out_dir"
# shellcheck disable=SC2086 # DEPECHE and BATCH_ARGS are word lists on purpose
exec parallel --will-cite --joblog "$joblog" --resume-failed --jobs "${JOBS:-100%}" \
  ${SSHLOGIN:+--sshlogin "$SSHLOGIN"} \
  ${DEPECHE:-depeche} batch -j1 --quiet --out-dir "$out_dir" ${BATCH_ARGS:-} {}
