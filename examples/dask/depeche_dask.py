#!/usr/bin/python3
"""Run `depeche batch` over many crawl files on a Dask.distributed cluster.

Each input file is one task: a worker runs `depeche batch -j1 --out-dir OUT FILE`
(one core per task), so the cluster's parallelism is the number of worker
threads. `--out-dir` writes each output under a temporary name and renames it
when complete, so a task that is retried (or a rerun of this script) skips the
files already done.

    # on one machine, a LocalCluster of 2 worker processes:
    /usr/bin/python3 examples/dask/depeche_dask.py --workers 2 --out-dir out/ crawl/*.wet.gz

    # on a running cluster (dask scheduler + workers with depeche installed):
    /usr/bin/python3 examples/dask/depeche_dask.py --scheduler tcp://10.0.0.1:8786 \\
        --out-dir /shared/out --inputs-from paths.txt

Needs Debian's python3-distributed
(`apt-get install -y --no-install-recommends python3-distributed`) and
depeche on every worker (`npm install -g depeche`, or --depeche to name the command).
Exit code: 0 when every file was done, 1 otherwise (the failed files are listed).
"""

import argparse
import shlex
import subprocess
import sys


def run_one(path, out_dir, depeche, extra):
    """One task: depeche batch on one file. Returns (path, exit code, stderr)."""
    cmd = [*depeche, "batch", "-j1", "--quiet", "--out-dir", out_dir, *extra, path]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return path, done.returncode, done.stderr.strip()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("inputs", nargs="*", help="crawl files (WARC, WET, JSONL, text, HTML)")
    parser.add_argument("--inputs-from", help="a file with one input path per line")
    parser.add_argument("--out-dir", required=True, help="where the .jsonl outputs go")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--scheduler", help="address of a running scheduler instead of a LocalCluster")
    parser.add_argument("--depeche", default="depeche", help='the command to run (default "depeche")')
    parser.add_argument("--batch-args", default="", help='more options for depeche batch, e.g. "--lang fr,ar"')
    args = parser.parse_args(argv)

    inputs = list(args.inputs)
    if args.inputs_from:
        with open(args.inputs_from, encoding="utf-8") as f:
            inputs += [line.strip() for line in f if line.strip() and not line.startswith("#")]
    if not inputs:
        parser.error("no inputs")

    # Imported here so that --help works without Dask.
    from distributed import Client, LocalCluster

    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        futures = client.map(
            run_one,
            inputs,
            out_dir=args.out_dir,
            depeche=shlex.split(args.depeche),
            extra=shlex.split(args.batch_args),
            pure=False,
        )
        failed = []
        for path, code, err in client.gather(futures):
            if code != 0:
                failed.append(path)
                print(f"depeche_dask: {path}: exit {code}: {err}", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"depeche_dask: {len(inputs) - len(failed)}/{len(inputs)} files done", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
