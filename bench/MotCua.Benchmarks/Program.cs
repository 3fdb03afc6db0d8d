using BenchmarkDotNet.Running;
using MotCua.Benchmarks.Dossiers;

namespace MotCua.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*WorkingCalendar*'</c>; or the
/// throughput measurement of dossier transitions: <c>transitions --provider sqlite|postgres [options]</c>.</summary>
public static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "transitions")
        {
            return await TransitionThroughput.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
