using Bronbank.Tools;

return args.FirstOrDefault() switch
{
    "eval" => await EvalCommand.RunAsync(args[1..]),
    "bench" => await Bronbank.Tools.Bench.BenchCommand.RunAsync(args[1..]),
    "soak" => await Bronbank.Tools.Soak.SoakCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Bronbank tools
          eval [--data DIR] [--url URL --key API_KEY] [--allow-existing] [--in-process]
              Loads a relevance data set (format of shared/eval) into Bronbank through its public API and prints
              nDCG@10, recall@10 and hard-rule violations for Bronbank and for the PostgreSQL full-text baseline.
              Without --url it starts a private Bronbank (embedded database in a temporary folder) and stops it after.
              DIR defaults to the development set, tests/eval/dev. --in-process ranks with the matcher alone (no
              database, no baseline) and prints the errors by kind.
          bench [--sizes 1000,10k,100k,1m] [--seconds 8] [--out docs/benchmarks-table.md]
              Starts private Bronbank processes on 127.0.0.1 and prints the benchmark table (see docs/benchmarks.md).
              --in-process measures only the matcher on a temporary index (beside a plain Lucene query), for profiling;
              --explain loads each size and prints only EXPLAIN (ANALYZE) of the PostgreSQL baseline's query;
              --bdn measures the same with BenchmarkDotNet (1k, 10k, 100k; takes a few minutes).
              --ready [--keep DIR] [--repeat 3] [--rebuild] loads one size (into DIR, reused next time) and measures only
              the time to ready with an existing index, start after start, with the service's own account of each.
          soak [--minutes 10] [--clients 32] [--volunteers 10000] [--out docs/soak-table.md]
              Mixed reads and writes against a private Bronbank; per minute requests, errors, p50/p99 and memory
              (see docs/reliability.md). Exits 1 when any request failed.
        """);
    return 2;
}
